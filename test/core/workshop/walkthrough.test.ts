import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, createEmptyMap, parseMap } from '../../../core/model';
import { createAutoWalkthrough } from '../../../core/workshop';
import { ROOT } from '../../helpers/server';
import { testInference, testStatement } from '../../helpers/ids';

const seeded = parseMap(readFileSync(`${ROOT}/maps/csto-kazakhstan-2022.json`, 'utf8'));

/** A map from `target <- premise` lines: `a <- b` supports, `a <x b` attacks; `i: …` names the inference. */
function sketch(kinds: Record<string, string>, ...lines: string[]): ArgumentMap {
  const statements = Object.entries(kinds).map(([id, kind]) => testStatement({ id, text: id.toUpperCase(), kind: kind as never }));
  const inferences = lines.map((line, k) => {
    const m = /^(?:(\w+): )?(\w+) (<-|<x) ([\w, ]+)$/.exec(line)!;
    return testInference({ id: m[1] ?? `i${k}`, target: m[2], polarity: m[3] === '<-' ? 'support' : 'attack', premises: m[4].split(', ') });
  });
  return { ...createEmptyMap(), statements, inferences };
}

describe('the automatic walkthrough', () => {
  it('takes the thesis first, then each option with its reasons and objections', () => {
    const map = sketch({ t: 'thesis', a: 'claim', b: 'claim', c: 'evidence', d: 'claim', n: 'note' }, 't <- a', 't <x b', 'a <- c', 'a <x d', 'a <- n');
    expect(createAutoWalkthrough(map).map((s) => s.statement)).toEqual(['t', 'a', 'c', 'd', 'b']);
  });

  it('keeps linked premises together and includes objections to a step (undercuts)', () => {
    const map = sketch({ t: 'thesis', a: 'claim', b: 'assumption', u: 'claim', x: 'claim' }, 'i: t <- a, b', 'i <x u', 't <x x');
    const steps = createAutoWalkthrough(map);
    expect(steps.map((s) => s.statement)).toEqual(['t', 'a', 'b', 'u', 'x']);
    expect(steps[1].note).toBe('Reason for the thesis (linked premise 1 of 2)');
    expect(steps[3].note).toBe('Questions the step to “T”');
    expect(steps[4].note).toBe('Objection to the thesis');
  });

  it('ends with what the thesis does not reach but still concludes something', () => {
    const map = sketch({ t: 'thesis', a: 'claim', q: 'question', r: 'claim', lone: 'claim' }, 't <- a', 'q <- r');
    expect(createAutoWalkthrough(map).map((s) => s.statement)).toEqual(['t', 'a', 'q', 'r']);
  });

  describe('on the seeded map of the CSTO article', () => {
    const steps = createAutoWalkthrough(seeded);
    const ids = steps.map((s) => s.statement);
    const at = (id: string) => ids.indexOf(id);

    it('starts at the thesis and visits every statement once', () => {
      expect(ids[0]).toBe('thesis');
      expect(steps[0].note).toBe('The thesis: what the map argues for. 2 arguments for it, 2 arguments against it.');
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(seeded.statements.filter((s) => s.kind !== 'note').map((s) => s.id).sort());
    });

    it('takes the options next, supports before rivals, each followed by its own reasons and objections', () => {
      expect(ids.slice(1, 4)).toEqual(['opt-defend', 'asm-best-balance', 'defend-min-risk']);
      expect(at('opt-defend')).toBeLessThan(at('order-restored'));
      expect(at('order-restored')).toBeLessThan(at('opt-withdraw'));
      expect(at('opt-withdraw')).toBeLessThan(at('opt-force'));
      // Withdrawal's reasons and objections come right after it, before anything about force.
      expect(ids.slice(at('opt-withdraw') + 1, at('opt-withdraw') + 5)).toEqual(['wd-remove-risk', 'wd-no-stranger', 'wd-premature-exit', 'wd-other-powers']);
      expect(ids.slice(at('opt-force') + 1, at('opt-force') + 4)).toEqual(['force-discourage', 'force-regime-stability', 'force-joint-ops']);
      expect(steps[at('opt-withdraw')].note).toBe('Objection to the thesis: Rival option: withdraw');
      expect(steps[at('wd-no-stranger')].note).toBe('Objection to “Moscow should withdraw its forces from Kazakhstan.”: Russia is used to such conflicts');
    });

    it('then takes what the thesis does not reach: the opening question and its answer, the side conclusions', () => {
      expect(at('question')).toBeGreaterThan(at('force-border'));
      expect(ids.slice(at('question'), at('question') + 3)).toEqual(['question', 'esc-difficult-choices', 'esc-further-options']);
      expect(steps[at('question')].note).toBe('Also in the map: a question it answers.');
      expect(at('mission-peacekeeping')).toBeGreaterThan(at('question'));
    });
  });
});
