import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dotExport, dotString } from '../../../core/formats/dot';
import { figureCases, richMap } from '../../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracle: Graphviz itself; `dot -Tsvg` must render without a single warning. */

const hasDot = spawnSync('dot', ['-V']).status === 0;
const cases = figureCases();
const dotOf = (map: Parameters<typeof dotExport.export>[0], legend = false) => dotExport.export(map, { legend }) as string;
const render = (source: string) => spawnSync('dot', ['-Tsvg'], { input: source, encoding: 'utf8' });

describe('DOT export', { timeout: SLOW }, () => {
  it.skipIf(!hasDot).each(cases)('%s: dot -Tsvg renders it with nothing on stderr', (_name, map, legend) => {
    const r = render(dotOf(map, legend));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<svg');
  });

  it.skipIf(!hasDot)('keeps special characters in the rendered labels', () => {
    const svg = render(dotOf(richMap())).stdout;
    for (const s of ['&lt;especially&gt;', 'Łódź', 'Алматы', '{2015', '\\textbf{no}', '“steady”', '&amp;']) expect(svg).toContain(s);
  });

  it('draws support, attack, undercut and linked premises in the shared visual language', () => {
    const dot = dotOf(richMap());
    expect(dot).toMatch(/rankdir=BT/);
    expect(dotOf({ ...richMap(), direction: 'LR' })).toMatch(/rankdir=RL/);
    expect(dot.match(/shape=point/g)).toHaveLength(2);
    expect(dot).toMatch(/s\d+ -> s1 \[style=dashed, penwidth=[\d.]+, arrowhead=tee\]/);
    expect(dot).toMatch(/s\d+ -> j\d \[style=dotted, penwidth=[\d.]+, arrowhead=tee\]/);
    expect(dot).toMatch(/j\d -> s1 \[style=solid, penwidth=[\d.]+, arrowhead=normal\]/);
    expect(dot).toMatch(/s\d+ -> j\d \[style=solid, penwidth=[\d.]+, arrowhead=none\]/);
    expect(dot).toMatch(/style="rounded,filled,dashed"/);
  });

  it('adds the legend as a cluster only when asked', () => {
    expect(dotOf(richMap())).not.toContain('cluster_legend');
    expect(dotOf(richMap(), true)).toContain('subgraph cluster_legend');
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two lines"'],
  ])('quotes %s', (text, expected) => {
    expect(dotString(text)).toBe(expected);
  });
});
