import { describe, expect, it } from 'vitest';
import { type Box, boxAround, boxesOverlap, findFreeBox, getBoundingBox, placeGroup } from '../../../core/layout';
import { createRng } from '../../helpers/rng';

const card = (x: number, y: number, width = 240, height = 70): Box => ({ x, y, width, height });
const distance = (a: Box, b: Box) => Math.hypot(a.x - b.x, a.y - b.y);
const freeOf = (b: Box, obstacles: readonly Box[], clearance = 20) => obstacles.every((o) => !boxesOverlap(b, o, clearance));

describe('findFreeBox: the nearest spot that sits on no card', () => {
  it.each([
    ['an empty canvas keeps the wanted spot', card(100, 10), [], card(100, 10)],
    ['a free spot is kept even next to a card', card(0, 90), [card(0, 0)], card(0, 90)],
    ['on a card: straight below is nearest (80 px, vs 160 px to the right)', card(100, 10), [card(0, 0)], card(100, 90)],
    ['on a card: to the left when that is nearer', card(-50, 0, 100, 70), [card(0, 0)], card(-120, 0, 100, 70)],
    ['between two cards side by side: below them (above is as near; below wins the tie)', card(130, 0), [card(0, 0), card(260, 0)], card(130, 90)],
  ] as const)('%s', (_name, wanted, obstacles, expected) => {
    expect(findFreeBox(wanted, obstacles)).toEqual(expected);
  });

  it('finds a way out of a crowd: a 9×9 block of cards, wanted in the middle', () => {
    const crowd = Array.from({ length: 81 }, (_, i) => card((i % 9) * 260, Math.floor(i / 9) * 90));
    const wanted = card(4 * 260, 4 * 90);
    const got = findFreeBox(wanted, crowd);
    expect(freeOf(got, crowd)).toBe(true);
    // The block spans 2,320 × 790 px: the nearest way out is above or below it (4 rows of 90 px plus clearance).
    expect(distance(got, wanted)).toBe(4 * 90 + 90);
  });

  it('is as near as a fine grid search finds, on 40 random canvases', () => {
    const { next: rng } = createRng(7);
    for (let round = 0; round < 40; round++) {
      const obstacles = Array.from({ length: 1 + Math.floor(rng() * 12) }, () =>
        card(Math.round(rng() * 800), Math.round(rng() * 500), 240, 52 + Math.round(rng() * 60)));
      const wanted = card(Math.round(rng() * 800), Math.round(rng() * 500), 240, 52);
      const got = findFreeBox(wanted, obstacles);
      expect(freeOf(got, obstacles)).toBe(true);
      // Oracle: every spot on a 10 px grid around the wanted one that is free is no nearer.
      let nearest = Infinity;
      for (let dx = -800; dx <= 800; dx += 10)
        for (let dy = -600; dy <= 600; dy += 10) {
          const d = Math.hypot(dx, dy);
          if (d < nearest && freeOf(card(wanted.x + dx, wanted.y + dy, 240, 52), obstacles)) nearest = d;
        }
      expect(distance(got, wanted)).toBeLessThanOrEqual(nearest + 1e-9);
    }
  });
});

describe('placeGroup: moving a pasted or imported group as one', () => {
  it('keeps the arrangement and puts no member on a card', () => {
    const group = [card(0, 0), card(300, 0), card(150, 140)];
    const obstacles = [card(380, 280), card(700, 300)];
    const offset = placeGroup(group, { x: 500, y: 350 }, obstacles);
    const moved = group.map((b) => ({ ...b, x: b.x + offset.x, y: b.y + offset.y }));
    for (const b of moved) expect(freeOf(b, obstacles)).toBe(true);
    expect(moved[1].x - moved[0].x).toBe(300);
    expect(moved[2].y - moved[0].y).toBe(140);
  });

  it('centres the group on the point when that is free', () => {
    const offset = placeGroup([card(10, 10), card(310, 10)], { x: 0, y: 0 }, []);
    expect(getBoundingBox([card(10 + offset.x, 10 + offset.y), card(310 + offset.x, 10 + offset.y)])).toEqual(boxAround({ x: 0, y: 0 }, { width: 540, height: 70 }));
  });

  it('has nothing to move for an empty group', () => {
    expect(placeGroup([], { x: 5, y: 5 }, [card(0, 0)])).toEqual({ x: 0, y: 0 });
  });
});
