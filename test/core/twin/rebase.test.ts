import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../core/twin/lineDiff';
import { applyChanges, rebaseChanges } from '../../../core/twin/rebase';
import { createRng } from '../../helpers/rng';

const merge = (base: string, ours: string, theirs: string) => applyChanges(ours, rebaseChanges(base, ours, theirs).changes);

describe('diffLines', () => {
  it.each([
    [['a', 'b', 'c'], ['a', 'x', 'c'], [{ aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 }]],
    [['a', 'b'], ['a', 'b', 'c'], [{ aStart: 2, aEnd: 2, bStart: 2, bEnd: 3 }]],
    [['a', 'b', 'c', 'd'], ['b', 'c', 'x', 'd'], [{ aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 }, { aStart: 3, aEnd: 3, bStart: 2, bEnd: 3 }]],
    [[], [], []],
  ])('%j → %j', (a, b, hunks) => {
    expect(diffLines(a, b)).toEqual(hunks);
  });

  it('rebuilds b from a and its hunks for random line lists', () => {
    const rng = createRng(7);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: rng.int(31) }, () => 'abcde'[rng.int(5)]);
      const b = Array.from({ length: rng.int(31) }, () => 'abcde'[rng.int(5)]);
      const out: string[] = [];
      let at = 0;
      for (const h of diffLines(a, b)) {
        out.push(...a.slice(at, h.aStart), ...b.slice(h.bStart, h.bEnd));
        at = h.aEnd;
      }
      out.push(...a.slice(at));
      expect(out).toEqual(b);
    }
  });
});

describe('rebaseChanges: someone else’s edit reaches a buffer being typed in', () => {
  it.each([
    ['edits on different lines', '[a]: A\n[b]: B\n', '[a]: A!\n[b]: B\n', '[a]: A\n[b]: Bee\n', '[a]: A!\n[b]: Bee\n'],
    ['two ends of one line', '[s1]: Trees help.\n', '[s1]: Old Trees help.\n', '[s1]: Trees help. A lot.\n', '[s1]: Old Trees help. A lot.\n'],
    ['a line added elsewhere', '[a]: A\n\n[b]: B\n', '[a]: A typed\n\n[b]: B\n', '[a]: A\n[c]: C\n\n[b]: B\n', '[a]: A typed\n[c]: C\n\n[b]: B\n'],
    ['a line removed elsewhere', '[a]: A\n[b]: B\n[c]: C\n', '[a]: A\n[b]: B\n[c]: Cx\n', '[a]: A\n[c]: C\n', '[a]: A\n[c]: Cx\n'],
    ['nothing changed there', '[a]: A\n', '[a]: A typed\n', '[a]: A\n', '[a]: A typed\n'],
    ['only theirs changed', '[a]: A\n', '[a]: A\n', '[a]: B\n', '[a]: B\n'],
    ['ours keeps its own formatting', '[a]: A\n[b]: B\n', '[a]:   A\n[b]: B\n', '[a]: A\n[b]: B2\n', '[a]:   A\n[b]: B2\n'],
  ])('%s', (_, base, ours, theirs, expected) => {
    expect(merge(base, ours, theirs)).toBe(expected);
  });

  it('keeps ours where both changed the same characters, and counts the conflict', () => {
    const r = rebaseChanges('[a]: A\n', '[a]: Mine\n', '[a]: Theirs\n');
    expect(applyChanges('[a]: Mine\n', r.changes)).toBe('[a]: Mine\n');
    expect(r.conflicts).toBe(1);
  });

  it('never touches characters the person typed, for random edits on separate lines', () => {
    const rng = createRng(11);
    for (let round = 0; round < 200; round++) {
      const lines = Array.from({ length: 3 + rng.int(10) }, (_, i) => `[s${i}]: text ${i}\n`);
      const base = lines.join('');
      const mine = rng.int(lines.length);
      let other = rng.int(lines.length);
      if (other === mine) other = (mine + 2) % lines.length;
      const ours = lines.map((l, i) => (i === mine ? l.replace('text', 'typed text') : l)).join('');
      const theirs = lines.map((l, i) => (i === other ? (rng.int(2) ? '' : l.replace('text', 'changed')) : l)).join('');
      const out = merge(base, ours, theirs);
      expect(out).toContain(`[s${mine}]: typed text ${mine}\n`);
      expect(out.includes(`[s${other}]`)).toBe(theirs.includes(`[s${other}]`));
    }
  });
});
