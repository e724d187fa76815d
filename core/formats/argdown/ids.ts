/** Readable, unique map ids for things imported from other formats (shared by the Argdown, AIF and GraphML importers). */

const ID_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;

export const isValidId = (s: string): boolean => ID_RE.test(s);

/** A few words of text as an id: `We should plant trees.` → `We-should-plant-trees`. */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9_]+/, '')
    .slice(0, 40)
    .replace(/[^A-Za-z0-9_]+$/, '');
  return slug || fallback;
}

/** Hands out ids that are valid and not yet used: the wish if possible, else `wish-2`, `wish-3`, … */
export function createIdAllocator(): (wish: string, fallback?: string) => string {
  const used = new Set<string>();
  return (wish, fallback = 'item') => {
    const base = isValidId(wish) && wish.length <= 100 ? wish : slugify(wish, fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
