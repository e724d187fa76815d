import { describe, expect, it } from 'vitest';
import { validateMap } from '../../core/model';
import { getExportFileName, isCopyable, isFigure } from '../../client/io/exportChoices';
import { getMapSubset, getScopeIds, getScopeMap } from '../../client/io/subset';
import { mapOf, seedMap, sorted } from './viewFixtures';

// t ← a (support), t ← b (attack), the a→t step undercut by u; c and d jointly support a.
const map = () => mapOf(['i1: a -> t', 'i2: b -x t', 'u1: u -x i1', 'j1: c d -> a']);

describe('subset of a map for "selection" and "current view" exports', () => {
  it.each([
    ['a relation comes along when all its ends do', ['a', 't'], ['i1']],
    ['a relation with an end outside is left out', ['a', 'b'], []],
    ['an undercut comes along with the inference it questions', ['a', 't', 'u'], ['i1', 'u1']],
    ['an undercut without that inference is left out', ['u', 't'], []],
    ['linked premises need every co-premise', ['c', 'a'], []],
    ['…and are kept whole when all are there', ['c', 'd', 'a'], ['j1']],
  ])('%s', (_, ids, inferences) => {
    const sub = getMapSubset(map(), new Set(ids));
    expect(sorted(sub.statements.map((s) => s.id))).toEqual(sorted(ids));
    expect(sorted(sub.inferences.map((i) => i.id))).toEqual(inferences);
    expect(validateMap(sub).ok).toBe(true);
  });

  it('keeps comments on what is kept and the sources its anchors cite, and the map’s title', () => {
    const seed = seedMap();
    const anchored = seed.statements.find((s) => s.anchors.length > 0)!;
    const sub = getMapSubset(seed, new Set([anchored.id]));
    expect(sub.title).toBe(seed.title);
    expect(sub.sources.map((s) => s.id)).toEqual([...new Set(anchored.anchors.map((a) => a.source))]);
    expect(sub.comments.every((c) => c.target === anchored.id)).toBe(true);
    expect(validateMap(sub).ok).toBe(true);
    const none = seed.statements.find((s) => s.anchors.length === 0)!;
    expect(getMapSubset(seed, new Set([none.id])).sources).toEqual([]);
  });

  it('selection counts selected statements only; the view is what is not hidden; the map is all', () => {
    const m = map();
    const selected = new Set(['a', 'i1', 'nope']);
    const hidden = new Set(['c', 'd']);
    expect(sorted(getScopeIds(m, 'selection', selected, hidden))).toEqual(['a']);
    expect(sorted(getScopeIds(m, 'view', selected, hidden))).toEqual(['a', 'b', 't', 'u']);
    expect(getScopeMap(m, 'map', selected, hidden)).toBe(m);
    expect(getScopeMap(m, 'view', selected, hidden).inferences.map((i) => i.id)).toEqual(['i1', 'i2', 'u1']);
    expect(getScopeMap(m, 'selection', new Set(), hidden).statements).toEqual([]);
  });
});

describe('export file names and menu', () => {
  it.each([
    ['svg', 'map', 1, 'csto.svg'],
    ['png', 'map', 1, 'csto.png'],
    ['png', 'selection', 2, 'csto-selection@2x.png'],
    ['argdown', 'view', 1, 'csto-view.argdown'],
    ['aif', 'map', 1, 'csto.aif.json'],
    ['json', 'map', 1, 'csto.json'],
    ['tikz', 'map', 1, 'csto.tex'],
  ] as const)('%s of the %s at %i× is %s', (format, scope, scale, name) => {
    expect(getExportFileName('csto', format, scope, scale)).toBe(name);
  });

  it('offers figure options for figures and copying for text', () => {
    expect(['svg', 'pdf', 'png', 'tikz'].every(isFigure)).toBe(true);
    expect(isFigure('argdown')).toBe(false);
    expect(['argdown', 'mermaid', 'markdown', 'dot', 'tikz'].every(isCopyable)).toBe(true);
    expect(isCopyable('pdf') || isCopyable('png')).toBe(false);
  });
});
