import { randomBytes } from 'node:crypto';

export const MAP_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A readable, unique-enough id for a new map: a slug of its title and a random suffix. */
export function createMapId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'map'}-${randomBytes(4).toString('hex')}`;
}
