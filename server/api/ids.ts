import { randomBytes } from 'node:crypto';
import { slugify } from '../../core/model';

export const MAP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A readable, unique-enough id for a new map: a slug of its title and a random suffix. */
export function createMapId(title: string): string {
  const slug = slugify(title, 40);
  return `${slug || 'map'}-${randomBytes(4).toString('hex')}`;
}
