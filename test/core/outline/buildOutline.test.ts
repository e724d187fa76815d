import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, type Inference, createEmptyMap, parseMap } from '../../../core/model';
import { type OutlineNode, buildOutline } from '../../../core/outline/buildOutline';
import { testInference, testStatement } from '../../helpers/ids';

/** A map from `id:kind@x,y` statements and inferences. */
function mapOf(statements: string[], inferences: Inference[], direction?: 'TB' | 'LR'): ArgumentMap {
  return {
    ...createEmptyMap('Outline'),
    ...(direction && { direction }),
    statements: statements.map((spec) => {
      const [id, rest = ''] = spec.split(':');
      const [kind, at] = rest.split('@');
      const [x, y] = (at ?? '0,0').split(',').map(Number);
      return testStatement({ id, text: id.toUpperCase(), ...(kind && { kind: kind as 'thesis' }), position: { x, y } });
    }),
    inferences,
  };
}
const sup = (id: string, premises: string[], target: string): Inference => (testInference({ id: id, premises, target, polarity: 'support' }));
const att = (id: string, premises: string[], target: string): Inference => (testInference({ id: id, premises, target, polarity: 'attack' }));

/** The tree in one line per node: role, statement (or {inference} for a linked group), `*` when repeated. */
function shape(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.role} ${n.statement?.id ?? `{${n.inference!.id}}`}${n.repeated ? ' *' : ''}`,
    ...shape(n.children, depth + 1),
  ]);
}

describe('buildOutline', () => {
  it.each([
    [
      'thesis at the root, reasons and objections ordered by their place across the canvas',
      mapOf(['t:thesis', 'a:@300,200', 'b:@100,200', 'c:@200,200'], [sup('i1', ['a'], 't'), att('i2', ['b'], 't'), sup('i3', ['c'], 't')]),
      ['root t', '  objection b', '  reason c', '  reason a'],
    ],
    [
      'left-to-right maps order siblings top to bottom',
      mapOf(['t:thesis', 'a:@500,10', 'b:@500,300'], [sup('i1', ['b'], 't'), att('i2', ['a'], 't')], 'LR'),
      ['root t', '  objection a', '  reason b'],
    ],
    [
      'linked premises grouped under one node; the undercut sits under the inference it questions',
      mapOf(['t:thesis', 'p1:@0,0', 'p2:@10,0', 'u'], [sup('i1', ['p1', 'p2'], 't'), att('i2', ['u'], 'i1')]),
      ['root t', '  reason {i1}', '    premise p1', '    premise p2', '    undercut u'],
    ],
    [
      'an undercut of a single-premise inference comes first under that reason, before the reason’s own reasons',
      mapOf(['t:thesis', 'r', 's', 'u'], [sup('i1', ['r'], 't'), sup('i2', ['s'], 'r'), att('i3', ['u'], 'i1')]),
      ['root t', '  reason r', '    undercut u', '    reason s'],
    ],
    [
      'without a thesis the roots are the statements that are premises of nothing',
      mapOf(['a', 'b', 'c'], [sup('i1', ['b'], 'a'), att('i2', ['c'], 'b')]),
      ['root a', '  reason b', '    objection c'],
    ],
    [
      'a statement reached twice appears twice; a circle below a root stops at the repeat',
      mapOf(['t:thesis', 'a:@0,0', 'b:@10,0'], [sup('i1', ['a'], 't'), sup('i2', ['b'], 't'), sup('i3', ['a'], 'b'), sup('i4', ['b'], 'a')]),
      ['root t', '  reason a', '    reason b', '      reason a *', '  reason b', '    reason a', '      reason b *'],
    ],
    [
      'islands and circles no root reaches still get a place at the top',
      mapOf(['t:thesis', 'x', 'y', 'z'], [sup('i1', ['x'], 'y'), sup('i2', ['y'], 'x')]),
      ['root t', 'root z', 'root x', '  reason y', '    reason x *'],
    ],
    ['an empty map gives an empty outline', mapOf([], []), []],
  ])('%s', (_, map, expected) => {
    expect(shape(buildOutline(map))).toEqual(expected);
  });

  it('the seeded map: every statement and inference appears, keys are unique, the thesis is the first root', () => {
    const map = parseMap(readFileSync(new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url), 'utf8'));
    const tree = buildOutline(map);
    const all: OutlineNode[] = [];
    const walk = (n: OutlineNode) => {
      all.push(n);
      n.children.forEach(walk);
    };
    tree.forEach(walk);
    expect(tree[0].statement?.kind).toBe('thesis');
    expect(new Set(all.map((n) => n.key)).size).toBe(all.length);
    expect(new Set(all.flatMap((n) => n.statement?.id ?? []))).toEqual(new Set(map.statements.map((s) => s.id)));
    expect(new Set(all.flatMap((n) => (n.role === 'premise' ? [] : (n.inference?.id ?? []))))).toEqual(new Set(map.inferences.map((i) => i.id)));
  });
});
