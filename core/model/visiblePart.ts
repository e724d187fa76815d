import type { ArgumentMap } from './types';

/**
 * The part of a map a view shows when `hidden` statements are left out: their inferences go
 * too (any inference whose target or a premise is hidden), so what is left is a whole map.
 */
export function withoutHidden(map: ArgumentMap, hidden: ReadonlySet<string>): ArgumentMap {
  if (hidden.size === 0) return map;
  return {
    ...map,
    statements: map.statements.filter((s) => !hidden.has(s.id)),
    inferences: map.inferences.filter((i) => !hidden.has(i.target) && i.premises.every((p) => !hidden.has(p))),
  };
}
