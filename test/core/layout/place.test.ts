import { describe, expect, it } from 'vitest';
import { type Box, PLACEMENT_CLEARANCE, estimateStatementSize, layoutMap, placeNewStatements } from '../../../core/layout';
import {
  type ArgumentMap,
  type Id,
  type Inference,
  type LayoutDirection,
  type Position,
  createEmptyMap,
} from '../../../core/model/types';
import { generateMap } from '../../bench/generateMap';
import { testInference, testStatement } from '../../helpers/ids';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function mapOf(ids: string[], inferences: Inference[]): ArgumentMap {
  return { ...createEmptyMap(), statements: ids.map((id) => testStatement({ id, text: `Statement ${id}` })), inferences };
}
const support = (id: string, premises: Id[], target: Id): Inference => (testInference({ id: id, premises, target, polarity: 'support' }));

function boxesOf(map: ArgumentMap, positions: ReadonlyMap<Id, Position>): Map<Id, Box> {
  const text = new Map<string, string>(map.statements.map((s) => [s.id, s.text]));
  return new Map([...positions].map(([id, p]) => [id, { ...p, ...estimateStatementSize(text.get(id)!) }]));
}

/** Existing positions from a full layout of the map without the new statements. */
function existingPositions(map: ArgumentMap, newIds: Id[], direction: LayoutDirection = 'TB'): Map<Id, Position> {
  const old = {
    ...map,
    statements: map.statements.filter((s) => !newIds.includes(s.id)),
    inferences: map.inferences.filter((i) => !i.premises.some((p) => newIds.includes(p)) && !newIds.includes(i.target)),
  };
  const { boxes } = layoutMap(old, { direction });
  return new Map(old.statements.map((s) => [s.id, { x: boxes.get(s.id)!.x, y: boxes.get(s.id)!.y }]));
}

function expectNoOverlap(map: ArgumentMap, existing: Map<Id, Position>, placed: Map<Id, Position>): void {
  const all = [...boxesOf(map, new Map([...existing, ...placed]))];
  const pairs: string[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (overlap(all[i][1], all[j][1])) pairs.push(`${all[i][0]} / ${all[j][0]}`);
  expect(pairs).toEqual([]);
}

describe('placeNewStatements', () => {
  const tree = mapOf(['c', 'p1', 'p2', 'q'], [support('i1', ['p1'], 'c'), support('i2', ['p2'], 'c'), support('i3', ['q'], 'p1')]);

  it('puts a new premise below its conclusion, centred, when it has no sibling (TB)', () => {
    const map = mapOf(['c', 'p'], [support('i', ['p'], 'c')]);
    const existing = new Map([['c', { x: 100, y: 100 }]]);
    const placed = placeNewStatements(map, existing, ['p'], 'TB');
    const c = boxesOf(map, existing).get('c')!;
    expect([...placed.keys()]).toEqual(['p']);
    expect(placed.get('p')!.x).toBe(100);
    expect(placed.get('p')!.y).toBeGreaterThan(c.y + c.height);
  });

  it('puts a new premise right of its conclusion in LR', () => {
    const map = mapOf(['c', 'p'], [support('i', ['p'], 'c')]);
    const existing = new Map([['c', { x: 100, y: 100 }]]);
    const c = boxesOf(map, existing).get('c')!;
    const p = placeNewStatements(map, existing, ['p'], 'LR').get('p')!;
    expect(p.x).toBeGreaterThan(c.x + c.width);
    expect(p.y + estimateStatementSize('Statement p').height / 2).toBeCloseTo(c.y + c.height / 2);
  });

  it('puts a new premise beside its existing siblings, in their row', () => {
    const existing = existingPositions(tree, ['p2']);
    const placed = placeNewStatements(tree, existing, ['p2'], 'TB');
    const p1 = boxesOf(tree, existing).get('p1')!;
    expect(placed.get('p2')!.y).toBe(p1.y);
    expect(placed.get('p2')!.x).toBeGreaterThanOrEqual(p1.x + p1.width);
    expect(placed.get('p2')!.x).toBeLessThan(p1.x + p1.width + 3 * PLACEMENT_CLEARANCE + p1.width);
    expectNoOverlap(tree, existing, placed);
  });

  it('puts a linked co-premise next to the premise it is linked with', () => {
    const map = mapOf(['c', 'a', 'b', 'x'], [support('i1', ['x'], 'c'), support('i2', ['a', 'b'], 'c')]);
    const existing = new Map([
      ['c', { x: 300, y: 0 }],
      ['x', { x: 0, y: 200 }],
      ['a', { x: 600, y: 200 }],
    ]);
    const b = placeNewStatements(map, existing, ['b'], 'TB').get('b')!;
    expect(b.y).toBe(200);
    expect(b.x).toBeGreaterThan(600);
  });

  it('puts a new conclusion above its premise', () => {
    const map = mapOf(['c', 'p'], [support('i', ['p'], 'c')]);
    const existing = new Map([['p', { x: 0, y: 400 }]]);
    const c = placeNewStatements(map, existing, ['c'], 'TB').get('c')!;
    expect(c.y + estimateStatementSize('Statement c').height).toBeLessThan(400);
    expect(c.x).toBe(0);
  });

  it('never moves existing statements and never overlaps them, for many new statements at once', () => {
    const map = generateMap(150, { seed: 8 });
    const newIds = map.statements.filter((_, i) => i % 7 === 3).map((s) => s.id);
    const existing = existingPositions(map, newIds);
    const before = structuredClone([...existing]);
    const placed = placeNewStatements(map, existing, newIds, 'TB');
    expect([...existing]).toEqual(before);
    expect([...placed.keys()].sort()).toEqual([...newIds].sort());
    expectNoOverlap(map, existing, placed);
  });

  it('slides a new statement aside when its spot is taken', () => {
    const map = mapOf(['c', 'p', 'blocker'], [support('i', ['p'], 'c')]);
    const existing = new Map([
      ['c', { x: 100, y: 0 }],
      ['blocker', { x: 100, y: 150 }],
    ]);
    const placed = placeNewStatements(map, existing, ['p'], 'TB');
    expectNoOverlap(map, existing, placed);
    expect(placed.get('p')!.y).toBe(boxesOf(map, existing).get('c')!.height + 70);
  });

  it('places a statement related to nothing beside the map, and anything on an empty canvas', () => {
    const map = mapOf(['a', 'b'], []);
    const alone = placeNewStatements(map, new Map(), ['a', 'b'], 'TB');
    expect(alone.get('a')).toEqual({ x: 20, y: 20 });
    expectNoOverlap(map, new Map(), alone);
  });
});
