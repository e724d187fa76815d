import type { ArgumentMap, Statement } from '../../core/model';

/** Lower case without accents, so "Etat" finds "État" and "TOKAYEV" finds "Tokayev". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query; a leading # (as tags are shown) is not part of the word. */
export function getSearchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).map((t) => t.replace(/^#/, '')).filter(Boolean);
}

const isMatch = (s: Statement, terms: readonly string[]) => {
  const haystack = foldForSearch([s.text, ...s.tags].join('\n'));
  return terms.every((t) => haystack.includes(t));
};

/**
 * The statements whose text or tags contain every word of the query, in reading order: by
 * position along the layout direction when placed, otherwise in the map's own order.
 */
export function getSearchMatches(map: ArgumentMap, query: string): string[] {
  const terms = getSearchTerms(query);
  if (terms.length === 0) return [];
  const order = new Map(map.statements.map((s, i) => [s.id, i]));
  const key = (s: Statement): [number, number] => {
    const p = s.position;
    if (!p) return [Infinity, Infinity];
    return map.direction === 'LR' ? [p.x, p.y] : [p.y, p.x];
  };
  return map.statements
    .filter((s) => isMatch(s, terms))
    .sort((a, b) => {
      const [a1, a2] = key(a);
      const [b1, b2] = key(b);
      return (a1 - b1 || a2 - b2 || order.get(a.id)! - order.get(b.id)!);
    })
    .map((s) => s.id);
}
