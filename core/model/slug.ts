import { type SourceId, asSourceId } from './ids';

/** A readable id part from a title: lower-case ASCII letters and digits joined by dashes. */
export function slugify(title: string, maxLength: number): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}

/** A new source's id: its title as a slug ('source' for none), numbered when taken ('memo-2'). */
export function createSourceId(title: string, taken: (id: string) => boolean): SourceId {
  const slug = slugify(title, 48) || 'source';
  let id = slug;
  for (let n = 2; taken(id); n++) id = `${slug}-${n}`;
  return asSourceId(id);
}
