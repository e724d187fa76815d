import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapseBranches, composeFigure, getBranch, parseFigureOptions, parseTarget, selectFigureMap, type FigureOptions } from '../../../core/figure';
import { parseMap } from '../../../core/model';
import { CSTO_PATH, richMap } from '../../fixtures/render/cases';

const csto = () => parseMap(readFileSync(CSTO_PATH, 'utf8'));
const opts = (o: Record<string, string>): FigureOptions => parseFigureOptions((n) => o[n])!;

describe('figure options (one parser for the CLI and the HTTP export)', () => {
  it('are absent when none is given, so plain exports stay as they were', () => {
    expect(parseFigureOptions(() => undefined)).toBeNull();
  });

  it.each([
    ['column', 252, 648],
    ['text', 504, 648],
    ['page', 504, 684],
    ['90mmx120mm', 255.1, 340.2],
    ['3.5in', 252, 648],
    ['300x200pt', 300, 200],
    ['10cmx5cm', 283.5, 141.7],
  ])('target %s is %f × %f pt', (text, w, h) => {
    const t = parseTarget(text);
    expect(t.width).toBeCloseTo(w, 1);
    expect(t.height).toBeCloseTo(h, 1);
  });

  it.each([
    [{ target: 'A5' }, /target width must be a length such as/],
    [{ target: '1x2x3' }, /target must be column, text, page or a size/],
    [{ target: '3furlongs' }, /target width must be a length/],
    [{ target: '1x1pt' }, /between 0.5 in and 200 in/],
    [{ 'font-size': 'big' }, /font-size must be a size in pt from 2 to 72/],
    [{ direction: 'up' }, /direction must be TB, LR or auto/],
    [{ what: 'all' }, /what must be map, selection, branch or focus/],
    [{ what: 'branch' }, /a branch needs root/],
    [{ what: 'selection' }, /a selection needs ids/],
    [{ root: 'x', steps: '-1' }, /steps must be a whole number/],
    [{ 'card-width': '2' }, /card-width must be between/],
  ])('%o is refused: %s', (o, message) => {
    expect(() => parseFigureOptions((n) => (o as Record<string, string>)[n])).toThrow(message);
  });

  it('defaults: the whole map, column width, 8 pt text, direction chosen', () => {
    expect(opts({ target: 'column' })).toMatchObject({ what: 'map', fontSize: 8, direction: 'auto', target: { width: 252 } });
    expect(opts({ root: 'c1' }).what).toBe('branch');
    expect(opts({ root: 'c1', steps: '2' })).toMatchObject({ what: 'focus', steps: 2 });
  });
});

describe('what a figure shows', () => {
  const map = richMap();
  it('a branch is the statement and everything bearing on it, undercutters included', () => {
    expect([...getBranch(map, 'c1')].sort()).toEqual(['c1', 'e1']);
    // e2 undercuts c1 → t, so it belongs to t's branch.
    expect(getBranch(map, 't').has('e2')).toBe(true);
    expect(selectFigureMap(map, { what: 'branch', root: 'c2' }).statements.map((s) => s.id).sort()).toEqual(['c2', 'c3', 'c4'].sort());
  });

  it('a focus is everything within N steps', () => {
    const ids = (n: number) => selectFigureMap(map, { what: 'focus', root: 'c3', steps: n }).statements.map((s) => s.id).sort();
    expect(ids(0)).toEqual(['c3']);
    expect(ids(1)).toEqual(['c2', 'c3']);
    expect(ids(2)).toContain('t');
  });

  it('a collapsed branch becomes one "+N more" card supporting its statement', () => {
    const out = collapseBranches(map, ['c2']);
    expect(out.statements.map((s) => s.id)).not.toContain('c3');
    const stub = out.statements.find((s) => s.id === 'more:c2')!;
    expect(stub.text).toBe('+2 more');
    expect(out.inferences).toContainEqual(expect.objectContaining({ premises: ['more:c2'], target: 'c2' }));
  });

  it('names an unknown statement', () => {
    expect(() => selectFigureMap(map, { what: 'branch', root: 'nope' })).toThrow('the map has no statement "nope"');
  });
});

describe('composing for a printed size', () => {
  it('a small map fits one column figure at 8 pt, within the target width', () => {
    const c = composeFigure(richMap(), opts({ target: 'column' }));
    for (const p of c.parts) expect(p.width).toBeLessThanOrEqual(252.01);
    expect(c.smallestText).toBeCloseTo(8.5 * (8 / 12), 2);
    expect(c.warnings.filter((w) => /under 5 pt/.test(w))).toEqual([]);
  });

  it('the seeded map splits by branch, joined by "continued in" cards, and says what would fit', () => {
    const c = composeFigure(csto(), opts({ target: 'column' }));
    expect(c.parts.length).toBeGreaterThan(1);
    expect(c.parts.map((p) => p.label)).toEqual(c.parts.map((_p, i) => String.fromCharCode(97 + i)));
    const first = c.parts[0].scene.nodes.map((n) => n.lines.join(' '));
    const stubs = c.parts[0].scene.nodes.filter((n) => n.id.startsWith('more:')).map((n) => n.lines.map((l) => l.text).join(' '));
    expect(first.length).toBeGreaterThan(0);
    expect(stubs.length).toBeGreaterThan(0);
    for (const s of stubs) expect(s).toMatch(/^continued in \([b-z]\)$/);
    for (const p of c.parts) expect(p.width).toBeLessThanOrEqual(252.01);
    for (const p of c.parts.filter((x) => !x.fits)) expect(c.warnings.join('\n')).toContain(`Part (${p.label}) prints`);
    expect(c.warnings.join('\n')).toMatch(/fits with [\d.]+ pt text/);
  });

  it.each(['column', 'text'])('at %s width, a part that still does not fit splits again by its own branches, its cards pointing on to the new parts', (target) => {
    const map = csto();
    const c = composeFigure(map, opts({ target }));
    const labels = c.parts.map((p) => p.label);
    expect(labels).toEqual(labels.map((_l, i) => String.fromCharCode(97 + i)));
    const cards = new Map(c.parts.map((p) => [p.label, new Set(p.scene.nodes.map((n) => n.id))]));
    // Nothing lost: every statement is drawn in some part.
    for (const s of map.statements) expect([...cards.values()].some((ids) => ids.has(s.id)), s.id).toBe(true);
    // Every "continued in (x)" card hangs from a statement that part x draws, and x comes later.
    for (const p of c.parts) {
      for (const n of p.scene.nodes.filter((x) => x.id.startsWith('more:'))) {
        const to = /^continued in \(([a-z])\)$/.exec(n.lines.map((l) => l.text).join(' '))?.[1];
        expect(to && to > p.label, `${p.label}: ${n.id}`).toBe(true);
        expect(cards.get(to!)?.has(n.id.slice('more:'.length)), `${n.id} → (${to})`).toBe(true);
      }
    }
    // What still does not fit (a statement with all its direct premises, or unconnected statements) is told, with its size.
    const tooBig = c.parts.filter((p) => !p.fits);
    for (const p of tooBig) expect(c.warnings.join('\n')).toContain(`Part (${p.label}) prints ${Math.round(p.width * 10) / 10} × ${Math.round(p.height * 10) / 10} pt`);
    // Split once only, 4 of 6 parts were too tall at text width and 5 of 6 at column width.
    expect(tooBig.length).toBeLessThanOrEqual(target === 'text' ? 1 : 4);
    expect(c.parts.length).toBeGreaterThan(6);
  });

  it('with a legend, a part too big either way keeps the column width and is told it is too tall', () => {
    const c = composeFigure(csto(), opts({ target: 'column' }), true);
    for (const p of c.parts) expect(p.width).toBeLessThanOrEqual(252.01);
    for (const p of c.parts.filter((x) => !x.fits)) expect(c.warnings.join('\n')).toContain(`Part (${p.label}) prints 252 ×`);
  });

  it('warns when text would print under 5 pt', () => {
    const c = composeFigure(richMap(), opts({ target: 'text', 'font-size': '6' }));
    expect(c.smallestText).toBeCloseTo(8.5 * 0.5, 2);
    expect(c.warnings).toContainEqual(expect.stringMatching(/smallest text prints at 4.3 pt, under 5 pt/));
  });

  it('wraps a wide layer into rows to meet the width', () => {
    const wide = { ...richMap(), direction: 'TB' as const };
    const c = composeFigure(wide, opts({ target: 'column', direction: 'TB' }));
    expect(c.parts[0].scene.direction).toBe('TB');
    expect(c.parts[0].width).toBeLessThanOrEqual(252.01);
  });
});
