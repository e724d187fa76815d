import { describe, expect, it } from 'vitest';
import { type ArgumentMap, createEmptyMap } from '../../core/model';
import { boxesOverlap } from '../../core/layout';
import { getClipboardContent, getPasteOps } from '../../client/actions/clipboard';
import { getCardBoxes, placeArrivals } from '../../client/actions/placement';
import { createTestEditor } from '../helpers/testEditor';
import { seedMap } from './viewFixtures';
import { testStatement } from '../helpers/ids';

/** Pairs of cards that sit on each other (boxes as the canvas shows them), by id. */
function stacked(map: ArgumentMap): string[] {
  const boxes = getCardBoxes(map);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) out.push(`${map.statements[i].id} on ${map.statements[j].id}`);
  return out;
}

/** A map with cards around the harness' view centre (400, 300), where N puts a new card. */
const crowded = (): ArgumentMap => ({
  ...createEmptyMap('Crowded'),
  statements: [
    testStatement({ id: 'a', text: 'In the middle of the view', position: { x: 280, y: 270 } }),
    testStatement({ id: 'b', text: 'Right of it', position: { x: 540, y: 270 } }),
    testStatement({ id: 'c', text: 'Below it', position: { x: 280, y: 360 } }),
  ],
});

describe('new statements go into free space, never on another card', () => {
  it('N three times with cards at the view centre: each new card beside the others, near the centre', () => {
    const editor = createTestEditor(crowded());
    editor.press('n').press('n').press('n');
    expect(editor.map.statements).toHaveLength(6);
    expect(stacked(editor.map)).toEqual([]);
    for (const s of editor.map.statements.slice(3)) expect(Math.hypot(s.position!.x + 120 - 400, s.position!.y + 26 - 300)).toBeLessThan(400);
    editor.destroy();
  });

  it('N on an empty stretch of the view keeps the card centred there', () => {
    const editor = createTestEditor({ ...createEmptyMap('Empty') });
    editor.press('n');
    expect(editor.map.statements[0].position).toEqual({ x: 280, y: 274 });
    editor.destroy();
  });

  it('R and O on a thesis with premises: each new premise beside its siblings, on nobody', () => {
    const editor = createTestEditor(['i1: a > t', 'i2: b > t', 'i3: c x t']);
    editor.select('t').press('r').select('t').press('o').select('a').press('r');
    expect(editor.map.statements).toHaveLength(8 + 3); // the harness adds its pool of 8 statements
    expect(stacked(editor.map)).toEqual([]);
    editor.destroy();
  });

  it('a copy of the seeded map’s branch (no stored positions) pastes in its own arrangement, on nobody', () => {
    const map = seedMap();
    const selected = new Set(map.statements.slice(1, 9).map((s) => s.id));
    const shownAt = new Map(getCardBoxes(map).map((b, i) => [map.statements[i].id, b]));
    const copied = getClipboardContent(map, selected)!;
    const content = { ...copied, statements: copied.statements.map((s) => ({ ...s, position: shownAt.get(s.id)! })) };
    const centre = { x: shownAt.get(map.statements[3].id)!.x, y: shownAt.get(map.statements[3].id)!.y };
    let n = 0;
    const { ops } = getPasteOps(map, content, (p) => `${p}-new-${++n}`, placeArrivals(map, content, centre));
    const added = ops.flatMap((op) => (op.type === 'addStatement' ? [op.statement] : []));
    const after = { ...map, statements: [...map.statements.map((s) => ({ ...s, position: shownAt.get(s.id)! })), ...added] };
    expect(stacked(after)).toEqual([]);
    // The arrangement is kept: every pasted card is moved by the same amount.
    const moves = new Set(added.map((s, i) => `${s.position!.x - content.statements[i].position.x},${s.position!.y - content.statements[i].position.y}`));
    expect(moves.size).toBe(1);
  });

  it('pasting twice at the same view centre puts the second copy beside the first', () => {
    const map = crowded();
    const content = getClipboardContent(map, new Set(['a', 'b']))!;
    let n = 0;
    const first = getPasteOps(map, content, (p) => `${p}-${++n}`, placeArrivals(map, content, { x: 400, y: 300 })).ops;
    const withFirst = { ...map, statements: [...map.statements, ...first.flatMap((op) => (op.type === 'addStatement' ? [op.statement] : []))] };
    const second = getPasteOps(withFirst, content, (p) => `${p}-${++n}`, placeArrivals(withFirst, content, { x: 400, y: 300 })).ops;
    const after = { ...withFirst, statements: [...withFirst.statements, ...second.flatMap((op) => (op.type === 'addStatement' ? [op.statement] : []))] };
    expect(after.statements).toHaveLength(7);
    expect(stacked(after)).toEqual([]);
  });

  it('on the seeded map, a pasted related pair (a tall thesis with a tag row among them) lands on nobody and moves nobody', () => {
    const editor = createTestEditor(seedMap());
    const map = editor.map;
    const before = getCardBoxes(map);
    const shownAt = new Map<string, (typeof before)[number]>(before.map((b, i) => [map.statements[i].id, b]));
    const copied = getClipboardContent(map, new Set(['thesis', 'opt-withdraw']))!;
    const content = { ...copied, statements: copied.statements.map((s) => ({ ...s, position: shownAt.get(s.id)! })) };
    let n = 0;
    const { ops } = getPasteOps(map, content, (p) => `${p}-new-${++n}`, placeArrivals(map, content, { x: shownAt.get('thesis')!.x, y: shownAt.get('thesis')!.y }));
    expect(editor.store.dispatch(ops)).toBeUndefined();
    expect(getCardBoxes(editor.map).slice(0, before.length)).toEqual(before);
    expect(stacked(editor.map)).toEqual([]);
    editor.destroy();
  });
});
