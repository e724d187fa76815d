import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeFigure, parseFigureOptions } from '../../../core/figure';
import { parseMap } from '../../../core/model';
import { type Point, buildScene } from '../../../core/render';
import { CSTO_PATH, richMap } from '../../fixtures/render/cases';

/**
 * Edges that can be traced: no two edges share a channel. Any two sideways (or lengthwise)
 * stretches of different edges that run side by side keep at least 2 units apart, away from
 * the ends where edges meet on purpose (a card's face, a junction).
 */

const NEAR_END = 12;
type Seg = { a: Point; b: Point; edge: number };

function straightSegments(points: readonly Point[], edge: number): Seg[] {
  const out: Seg[] = [];
  const [first, last] = [points[0], points[points.length - 1]];
  const far = (p: Point) => Math.hypot(p.x - first.x, p.y - first.y) > NEAR_END && Math.hypot(p.x - last.x, p.y - last.y) > NEAR_END;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (far(a) || far(b)) out.push({ a, b, edge });
  }
  return out;
}

/** Pairs of parallel axis-aligned stretches of different edges that overlap by more than 2 units and lie closer than 2. */
function sharedChannels(edges: readonly { points: readonly Point[] }[]): string[] {
  const segs = edges.flatMap((e, i) => straightSegments(e.points, i));
  const found: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const [p, q] = [segs[i], segs[j]];
      if (p.edge === q.edge) continue;
      for (const axis of ['x', 'y'] as const) {
        const other = axis === 'x' ? 'y' : 'x';
        // Both run along `axis` (constant `other`).
        if (Math.abs(p.a[other] - p.b[other]) > 0.01 || Math.abs(q.a[other] - q.b[other]) > 0.01) continue;
        const overlap = Math.min(Math.max(p.a[axis], p.b[axis]), Math.max(q.a[axis], q.b[axis])) - Math.max(Math.min(p.a[axis], p.b[axis]), Math.min(q.a[axis], q.b[axis]));
        if (overlap > 2 && Math.abs(p.a[other] - q.a[other]) < 2) found.push(`edges ${p.edge} and ${q.edge} share ${overlap.toFixed(0)} units at ${other}=${p.a[other].toFixed(1)}`);
      }
    }
  }
  return found;
}

describe('edge routing in figures', () => {
  const maps = [
    ['rich', richMap()],
    ['CSTO Kazakhstan 2022', parseMap(readFileSync(CSTO_PATH, 'utf8'))],
  ] as const;
  it.each(maps.flatMap(([name, map]) => (['TB', 'LR'] as const).map((d) => [`${name} ${d}`, map, d] as const)))('%s: no two edges share a channel', (_n, map, direction) => {
    const scene = buildScene(map, { direction });
    expect(scene.edges.length).toBeGreaterThan(3);
    expect(sharedChannels(scene.edges)).toEqual([]);
  });

  it.each(['column', 'text'])('the seeded map composed for %s width: no part has two edges sharing a channel', (target) => {
    const map = parseMap(readFileSync(CSTO_PATH, 'utf8'));
    const { parts } = composeFigure(map, parseFigureOptions((n) => (n === 'target' ? target : undefined))!);
    for (const p of parts) expect(sharedChannels(p.scene.edges), `part ${p.label}`).toEqual([]);
  });

});
