import { describe, expect, it } from 'vitest';
import { type ArgumentMap, createEmptyMap } from '../../core/model';
import { countChanges, getDiffLayer, summarizeDiff } from '../../client/panels/history/diffSummary';
import { testInference, testStatement } from '../helpers/ids';

const map = (patch: Partial<ArgumentMap>): ArgumentMap => ({ ...createEmptyMap('Trees'), ...patch });
const s = (id: string, text: string, extra: object = {}) => testStatement({ id, text, ...extra });

describe('comparing a version with the map now', () => {
  const version = map({
    statements: [s('a', 'Trees cool cities'), s('b', 'Trees cost money'), s('m', 'Moved only', { position: { x: 0, y: 0 } })],
    inferences: [testInference({ id: 'i1', premises: ['b'], target: 'a', polarity: 'attack' })],
  });
  const now = map({
    statements: [s('a', 'Trees cool streets'), s('c', 'Shade saves energy'), s('m', 'Moved only', { position: { x: 90, y: 40 } })],
    inferences: [testInference({ id: 'i2', premises: ['c'], target: 'a', polarity: 'support' })],
  });
  const summary = summarizeDiff(version, now);

  it('lists added, changed and removed statements, with the removed ones’ text', () => {
    expect(summary.statements).toEqual([
      { id: 'c', change: 'added', text: 'Shade saves energy' },
      { id: 'a', change: 'changed', text: 'Trees cool streets', detail: 'text' },
      { id: 'b', change: 'removed', text: 'Trees cost money' },
    ]);
    expect(summary.moved).toBe(1);
  });

  it('describes relations in words', () => {
    expect(summary.relations.map((r) => `${r.change}: ${r.text}`)).toEqual([
      'added: “Shade saves energy” supports “Trees cool streets”',
      'removed: “Trees cost money” attacks “Trees cool streets”',
    ]);
    expect(countChanges(summary)).toBe(6);
  });

  it('highlights added and changed statements on the canvas, not moved ones', () => {
    const layer = getDiffLayer(summary);
    expect([...layer.classes!]).toEqual([['c', 'diff-added'], ['a', 'diff-changed']]);
    expect(layer.badges!.get('c')![0].text).toBe('+ new');
  });

  it('finds nothing between a map and itself', () => {
    expect(countChanges(summarizeDiff(now, now))).toBe(0);
  });
});
