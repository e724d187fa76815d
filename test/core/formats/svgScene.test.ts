import { describe, expect, it } from 'vitest';
import { junctionId } from '../../../core/layout';
import { type Point, type Scene, SIZES, buildScene, textWidth } from '../../../core/render';
import { figureCases, richMap } from '../../fixtures/render/cases';

/** Large maps take a while on a shared machine. */
const SLOW = 120_000;

/** The scene every figure format draws: geometry checks that hold for SVG, PDF, PNG and TikZ alike. */

const cases = figureCases();
const overlaps = (a: Box, b: Box, gap = 0) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const inside = (p: Point, b: Box, pad: number) => p.x > b.x + pad && p.x < b.x + b.width - pad && p.y > b.y + pad && p.y < b.y + b.height - pad;

/** Points every 4 units along each edge's polyline. */
function samples(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
    for (let k = 0; k <= steps; k++) out.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
  }
  return out;
}

describe('figure scene', { timeout: SLOW }, () => {
  it.each(cases)('%s: boxes do not overlap each other or the legend, and stay on the page', (_n, map, legend) => {
    const s: Scene = buildScene(map, { legend });
    for (const [i, a] of s.nodes.entries()) {
      for (const b of s.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      if (s.legend) expect(overlaps(a, s.legend), `${a.id} overlaps the legend`).toBe(false);
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= s.width && a.y + a.height <= s.height).toBe(true);
    }
  });

  it.each(cases)('%s: every text line fits inside its box (DejaVu Sans metrics)', (_n, map, legend) => {
    for (const n of buildScene(map, { legend }).nodes) {
      for (const l of [...n.lines, ...(n.caption ? [n.caption] : [])]) {
        expect(textWidth(l.text, l.style.size, l.style.bold), `${n.id}: "${l.text}"`).toBeLessThanOrEqual(n.width - 2 * SIZES.padX + 0.01);
        expect(l.y).toBeGreaterThan(n.y);
        expect(l.y).toBeLessThan(n.y + n.height);
      }
    }
  });

  it.each(cases)('%s: edges run around, not through, the boxes they do not connect', (_n, map, legend) => {
    const s = buildScene(map, { legend });
    const crossings: string[] = [];
    for (const e of s.edges) {
      const others = s.nodes.filter((n) => n.id !== e.from && n.id !== e.to);
      for (const p of samples(e.points)) for (const n of others) if (inside(p, n, 2)) crossings.push(`${e.from}→${e.to} crosses ${n.id}`);
    }
    expect([...new Set(crossings)]).toEqual([]);
  });

  it.each([
    ['TB', (c: Point, p: Point) => c.y < p.y],
    ['LR', (c: Point, p: Point) => c.x < p.x],
  ] as const)('%s: conclusions come before their premises', (direction, before) => {
    const s = buildScene({ ...richMap(), direction });
    const centre = (id: string): Point => {
      const n = s.nodes.find((x) => x.id === id)!;
      return { x: n.x + n.width / 2, y: n.y + n.height / 2 };
    };
    for (const inf of richMap().inferences.filter((i) => i.target !== 'i1')) for (const p of inf.premises) expect(before(centre(inf.target), centre(p))).toBe(true);
  });

  it('joins linked premises at a junction before the conclusion', () => {
    const s = buildScene(richMap());
    const legs = s.edges.filter((e) => e.inference === 'i2');
    expect(legs.filter((e) => e.to === junctionId('i2')).map((e) => e.from).sort()).toEqual(['a1', 'c5']);
    expect(legs.filter((e) => e.to === junctionId('i2')).every((e) => e.head === null)).toBe(true);
    expect(legs.filter((e) => e.from === junctionId('i2'))).toMatchObject([{ to: 't', head: 'triangle' }]);
    expect(s.junctions.map((j) => j.inference).sort()).toEqual(['i1', 'i2']);
  });

  it('draws support, attack and undercut distinguishably in grayscale', () => {
    const s = buildScene(richMap());
    const byRole = (role: string) => s.edges.find((e) => e.role === role && e.head)!;
    const [support, attack, undercut] = [byRole('support'), byRole('attack'), byRole('undercut')];
    expect(support.line.dash).toEqual([]);
    expect(support.head).toBe('triangle');
    expect(attack.line.dash.length).toBeGreaterThan(0);
    expect(attack.head).toBe('bar');
    expect(undercut.line.cap).toBe('round');
    expect(undercut.line.dash[0]).toBeLessThan(1);
    expect(undercut).toMatchObject({ from: 'e2', to: junctionId('i1') });
  });

  it('styles statements by kind and puts the kind word on them', () => {
    const s = buildScene(richMap());
    const node = (id: string) => s.nodes.find((n) => n.id === id)!;
    expect(node('t').box.strokeWidth).toBeGreaterThan(node('c1').box.strokeWidth);
    expect(node('t').lines[0].style.bold).toBe(true);
    expect(node('a1').box.dash.length).toBeGreaterThan(0);
    expect(node('e1').caption?.text).toMatch(/^EVIDENCE/);
    expect(node('q1').caption?.text).toBe('QUESTION');
    expect(node('c1').caption).toBeNull();
  });

  it('adds a legend only when asked, naming only the line styles the map uses', () => {
    expect(buildScene(richMap()).legend).toBeNull();
    const legend = buildScene(richMap(), { legend: true }).legend!;
    expect(legend.texts.map((t) => t.text)).toEqual(['supports', 'attacks', 'undercuts (attacks an inference)', 'linked premises']);
    const supportOnly = { ...richMap(), inferences: richMap().inferences.filter((i) => i.polarity === 'support' && i.premises.length === 1) };
    expect(buildScene(supportOnly, { legend: true }).legend!.texts.map((t) => t.text)).toEqual(['supports']);
  });
});
