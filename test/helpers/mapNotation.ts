import type { ArgumentMap, Comment, Inference } from '../../core/model';
import { createEmptyMap } from '../../core/model';
import { testComment, testInference, testStatement } from './ids';

/**
 * A compact notation for small maps in table-driven tests:
 * `i1: a b > t` — i1 supports t with linked premises a and b; `u1: u x i1` — u1 attacks i1 (an undercut).
 * Statements are every name used as a premise or a statement target; `c1 @ i2` is a comment on i2.
 */
export function parseInference(line: string): Inference {
  const m = /^(\S+):\s*(.+?)\s+([>x])\s+(\S+)$/.exec(line.trim());
  if (!m) throw new Error(`bad inference notation: ${line}`);
  return testInference({ id: m[1], premises: m[2].split(/\s+/), target: m[4], polarity: m[3] === '>' ? 'support' : 'attack' });
}

export function notationMap(lines: readonly string[], extraStatements: readonly string[] = []): ArgumentMap {
  const inferences = lines.filter((l) => !l.includes('@')).map(parseInference);
  const comments: Comment[] = lines.filter((l) => l.includes('@')).map((l) => {
    const [id, target] = l.split('@').map((x) => x.trim());
    return testComment({ id, target, author: 'test', text: `comment ${id}`, createdAt: '2026-01-01T00:00:00Z' });
  });
  const infIds = new Set<string>(inferences.map((i) => i.id));
  const names = new Set([...extraStatements, ...inferences.flatMap((i) => [...i.premises, ...(infIds.has(i.target) ? [] : [i.target])])]);
  return {
    ...createEmptyMap('notation'),
    statements: [...names].map((id) => testStatement({ id, text: `Statement ${id}` })),
    inferences,
    comments,
  };
}

/** A map's relations and comments written back in the notation, sorted (for comparing). */
export function toNotation(map: ArgumentMap): string[] {
  return [
    ...map.inferences.map((i) => `${i.id}: ${i.premises.join(' ')} ${i.polarity === 'support' ? '>' : 'x'} ${i.target}`),
    ...map.comments.map((c) => `${c.id} @ ${c.target}`),
  ].sort();
}
