import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getImportFormat } from '../../core/formats';
import { type ArgumentMap, type Statement, createEmptyMap } from '../../core/model';
import { applyOps, createDocFromMap, readMap } from '../../core/sync';
import { getImportOps } from '../../client/io/importIntoMap';
import { boxesOverlap, estimateStatementSize } from '../../core/layout';
import { ROOT } from '../helpers/server';
import { mapOf, seedMap } from './viewFixtures';
import { cid, srcid, testComment, testStatement } from '../helpers/ids';

/** Fresh ids that say which they are: s-1, i-2, c-3… */
function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${++n}`;
}

/** The map after applying ops to a document of `map`, and the problems reading it back (none expected). */
function applied(map: ArgumentMap, ops: Parameters<typeof applyOps>[1]) {
  const doc = createDocFromMap(map);
  applyOps(doc, ops);
  return readMap(doc);
}

const placed = (id: string, x: number, y: number, text = id): Statement => testStatement({ id, text, position: { x, y } });
const existing = (): ArgumentMap => ({ ...createEmptyMap('Open map'), statements: [placed('a', 0, 100), placed('b', 400, 300)] });
const fixture = (name: string) => readFileSync(`${ROOT}/test/fixtures/formats/${name}`, 'utf8');

describe('importing a map into the open one', () => {
  it('gives every statement, relation and comment a fresh id and keeps the relations between them', () => {
    const imported: ArgumentMap = {
      ...mapOf(['i1: r -> t', 'i2: o -x t', 'u1: d -x i1']),
      comments: [
        testComment({ id: 'c1', target: 'i1', author: 'Ann', text: 'Why?', createdAt: '2024-01-01T00:00:00Z' }),
        testComment({ id: 'c2', target: 'i1', parent: cid('c1'), author: 'Bo', text: 'Because.', createdAt: '2024-01-01T00:01:00Z' }),
      ],
    };
    const map = existing();
    const plan = getImportOps(map, imported, counter());
    const { map: after, problems } = applied(map, plan.ops);
    expect(problems).toEqual([]);
    const oldIds = new Set([...imported.statements, ...imported.inferences, ...imported.comments].map((x) => x.id));
    const added = after.statements.filter((s) => plan.ids.includes(s.id));
    expect(added.map((s) => s.text).sort()).toEqual(['d', 'o', 'r', 't']);
    expect([...after.statements, ...after.inferences, ...after.comments].filter((x) => oldIds.has(x.id) && !['a', 'b'].includes(x.id))).toEqual([]);
    const byText = (t: string) => after.statements.find((s) => s.text === t)!.id;
    const support = after.inferences.find((i) => i.premises[0] === byText('r'))!;
    expect(support).toMatchObject({ target: byText('t'), polarity: 'support' });
    expect(after.inferences.find((i) => i.premises[0] === byText('d'))).toMatchObject({ target: support.id, polarity: 'attack' });
    const [c1, c2] = after.comments;
    expect([c1.target, c2.target, c2.parent]).toEqual([support.id, support.id, c1.id]);
    // The existing statements are untouched.
    expect(after.statements.filter((s) => !plan.ids.includes(s.id))).toEqual(map.statements);
  });

  it('centres the import where the person is looking when that is free, keeping its own arrangement', () => {
    const imported = { ...createEmptyMap('x'), statements: [placed('p', 1000, 1000), placed('q', 1300, 1200)] };
    const plan = getImportOps(existing(), imported, counter(), [], { x: 1500, y: 500 });
    const positions = plan.ops.flatMap((op) => (op.type === 'addStatement' ? [op.statement.position!] : []));
    // The group spans 540 × 252 (q is 52 high): centred on (1500, 500), p's corner is at (1230, 374).
    expect(positions).toEqual([{ x: 1230, y: 374 }, { x: 1530, y: 574 }]);
  });

  it('moves the import as one into free space when the view centre is on the map: nothing lands on anything', () => {
    const imported = getImportFormat('argdown')!.import(fixture('street-trees.argdown')).map;
    expect(imported.statements.some((s) => s.position)).toBe(false);
    const map = existing();
    const plan = getImportOps(map, imported, counter(), [], { x: 300, y: 200 });
    const boxes = plan.ops.flatMap((op) => (op.type === 'addStatement' ? [{ ...op.statement.position!, ...estimateStatementSize(op.statement.text) }] : []));
    expect(boxes).toHaveLength(imported.statements.length);
    const all = [...boxes, ...map.statements.map((s) => ({ ...s.position!, ...estimateStatementSize(s.text) }))];
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    expect(applied(map, plan.ops).problems).toEqual([]);
  });

  it('puts an import into an empty map centred on the given point', () => {
    const imported = { ...createEmptyMap('x'), statements: [placed('p', 50, 60), placed('q', 350, 60)] };
    const plan = getImportOps(createEmptyMap(), imported, counter(), [], { x: -10, y: 5 });
    // 540 × 52 centred on (-10, 5).
    expect(plan.ops.flatMap((op) => (op.type === 'addStatement' ? [op.statement.position] : []))).toEqual([{ x: -280, y: -21 }, { x: 20, y: -21 }]);
  });

  it('keeps anchors only where the open map holds the same source text, and says what it dropped', () => {
    const seed = seedMap();
    const source = seed.sources[0];
    const anchored = seed.statements.filter((s) => s.anchors.length > 0).slice(0, 3);
    const imported: ArgumentMap = { ...createEmptyMap('part'), sources: [source], statements: anchored.map((s) => ({ ...s, position: undefined })) };

    const same = getImportOps(seed, imported, counter(), ['skipped 2 dialogue nodes']);
    const kept = same.ops.flatMap((op) => (op.type === 'addStatement' ? op.statement.anchors : []));
    expect(kept).toEqual(anchored.flatMap((s) => s.anchors));
    expect(same.notes).toEqual(['skipped 2 dialogue nodes']);

    // The same text under another id: anchors follow it to the open map's id.
    const renamed = { ...seed, sources: [{ ...source, id: srcid('article') }] };
    const moved = getImportOps(renamed, imported, counter()).ops.flatMap((op) => (op.type === 'addStatement' ? op.statement.anchors : []));
    expect(moved.map((a) => a.source)).toEqual(kept.map(() => 'article'));

    // No such text in the open map: anchors dropped, with a note naming the source.
    const plan = getImportOps(existing(), imported, counter());
    expect(plan.ops.flatMap((op) => (op.type === 'addStatement' ? op.statement.anchors : []))).toEqual([]);
    expect(plan.notes).toEqual([`dropped ${kept.length} anchors into “${source.title}”: this map does not hold that source text`]);
    expect(applied(existing(), plan.ops).problems).toEqual([]);

    // A different text under the same id does not keep them either.
    const edited = { ...seed, sources: [{ ...source, text: `Preface. ${source.text}` }] };
    expect(getImportOps(edited, imported, counter()).notes).toHaveLength(1);
  });

  it('adds AIF with its notes, as a valid map', () => {
    const result = getImportFormat('aif')!.import(fixture('aifdb-sample.json'));
    const plan = getImportOps(existing(), result.map, counter(), result.notes);
    expect(plan.notes).toEqual(result.notes);
    expect(plan.notes.some((n) => /dialogue/.test(n))).toBe(true);
    expect(applied(existing(), plan.ops).problems).toEqual([]);
  });
});
