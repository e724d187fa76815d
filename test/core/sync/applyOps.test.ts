import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMap } from '../../../core/model';
import { applyOps, createDocFromMap, getDocParts, readMap, setYText } from '../../../core/sync';
import { ROOT } from '../../helpers/server';
import { iid, sid, testComment, testInference, testStatement } from '../../helpers/ids';

const small = () => parseMap(readFileSync(join(ROOT, 'test/fixtures/smallMap.json'), 'utf8'));
const strip = (m: ReturnType<typeof small>) => ({ ...m, statements: m.statements.map(({ position: _p, ...s }) => s) });

describe('the Y.Doc layout', () => {
  it('round-trips a map through a document (positions are added once)', () => {
    const map = small();
    const { map: back, problems } = readMap(createDocFromMap(map));
    expect(problems).toEqual([]);
    expect(strip(back)).toEqual(strip(map));
    expect(back.statements.every((s) => s.position)).toBe(true);
  });

  it('round-trips the seeded map', () => {
    const map = parseMap(readFileSync(join(ROOT, 'maps/csto-kazakhstan-2022.json'), 'utf8'));
    expect(strip(readMap(createDocFromMap(map)).map)).toEqual(strip(map));
  });

  it('removes what would dangle with a statement: relations, undercuts, comments', () => {
    const doc = createDocFromMap(small());
    applyOps(doc, [
      { type: 'addStatement', statement: testStatement({ id: 'u', text: 'Undercutter' }) },
      { type: 'addInference', inference: testInference({ id: 'cut', premises: ['u'], target: 'i1', polarity: 'attack' }) },
      { type: 'addComment', comment: testComment({ id: 'c1', target: 'r1', author: 'x', text: 'hm', createdAt: '2026-01-01T00:00:00Z' }) },
    ]);
    applyOps(doc, [{ type: 'removeStatement', id: sid('r1') }]);
    const { map } = readMap(doc);
    expect(map.inferences.map((i) => i.id)).toEqual(['i2']);
    expect(map.comments).toEqual([]);
  });

  it('shrinks linked premises instead of dropping the inference', () => {
    const doc = createDocFromMap(small());
    applyOps(doc, [{ type: 'updateInference', id: iid('i1'), patch: { premises: [sid('r1'), sid('o1')] } }, { type: 'removeStatement', id: sid('o1') }]);
    expect(readMap(doc).map.inferences).toEqual([{ id: iid('i1'), premises: ['r1'], target: 't', polarity: 'support' }]);
  });

  it('keeps both users’ characters when two people type in one statement', () => {
    const a = createDocFromMap(small());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyOps(a, [{ type: 'setStatementText', id: sid('t'), text: 'We should plant many more trees.' }]);
    applyOps(b, [{ type: 'setStatementText', id: sid('t'), text: 'We should plant more trees now.' }]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const text = readMap(a).map.statements.find((s) => s.id === 't')!.text;
    expect(text).toBe('We should plant many more trees now.');
    expect(readMap(b).map).toEqual(readMap(a).map);
  });

  it('drops records that concurrent edits left dangling or invalid, and keeps the rest', () => {
    const doc = createDocFromMap(small());
    const parts = getDocParts(doc);
    parts.inferences.set('ghost', { id: iid('ghost'), premises: ['nope'], target: 't', polarity: 'support' });
    parts.inferences.set('bad', { id: iid('bad'), premises: ['r1'], target: 't', polarity: 'sideways' });
    const { map, problems } = readMap(doc);
    expect(map.statements).toHaveLength(3);
    expect(map.inferences.map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('setYText edits minimally', () => {
    const doc = new Y.Doc();
    const t = doc.getText('t');
    t.insert(0, 'hello world');
    const deltas: unknown[] = [];
    t.observe((e) => deltas.push(e.delta));
    setYText(t, 'hello brave world');
    expect(deltas).toEqual([[{ retain: 6 }, { insert: 'brave ' }]]);
  });
});
