import { describe, expect, it } from 'vitest';
import { computeEvaluation } from '../../client/workshop/computeEvaluation';
import { evaluate } from '../../core/semantics';
import { sketch } from '../core/semantics/sketch';

describe('evaluation for the canvas when preferred has too many outcomes to list', () => {
  // Twelve separate mutual attacks (4,096 outcomes) and a floating reinstatement beside them.
  const map = sketch([
    ...Array.from({ length: 12 }, (_, i) => [`a${i} -x b${i}`, `b${i} -x a${i}`]).flat(),
    'p -x q', 'q -x p', 'p -x c', 'q -x c', 'c -x d',
  ]);

  it('falls back to grounded and says, per statement, IN in every / some / no preferred outcome', () => {
    const outcome = computeEvaluation(map, { semantics: 'preferred', accept: [], reject: [] });
    expect(outcome.semantics).toBe('grounded');
    expect(outcome.error).toMatch(/more than 500 preferred outcomes/);
    const standing = new Map(outcome.acceptance);
    expect(standing.get('a0')).toBe('some');
    expect(standing.get('c')).toBe('none');
    expect(standing.get('d')).toBe('every');
    expect(outcome.labellings[0].statements.get('d')).toBe('UNDEC');
  });

  it('keeps listing outcomes when there are few, with no acceptance', () => {
    const small = sketch(['p -x q', 'q -x p', 'p -x c', 'q -x c', 'c -x d']);
    const outcome = computeEvaluation(small, { semantics: 'preferred', accept: [], reject: [] });
    expect(outcome.labellings).toHaveLength(evaluate(small, { semantics: 'preferred' }).length);
    expect(outcome.acceptance).toBeUndefined();
  });
});
