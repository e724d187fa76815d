import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeLatex, tikzExport } from '../../../core/formats/tikz';
import { STATEMENT_KINDS } from '../../../core/model';
import { figureCases, richMap } from '../../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracle: the real pdflatex, with -halt-on-error, in a scratch directory. */

const hasPdflatex = spawnSync('pdflatex', ['--version']).status === 0;
if (!hasPdflatex) console.warn('pdflatex is not installed: the TikZ compile tests are skipped (apt-get install texlive-latex-base texlive-pictures)');

const dir = mkdtempSync(join(tmpdir(), 'warrant-tikz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = figureCases();
const texOf = (map: Parameters<typeof tikzExport.export>[0], legend = false) => tikzExport.export(map, { legend }) as string;

function compile(name: string, tex: string): { ok: boolean; log: string; pdf: string } {
  const base = name.replace(/\W+/g, '-');
  writeFileSync(join(dir, `${base}.tex`), tex);
  const r = spawnSync('pdflatex', ['-halt-on-error', '-interaction=nonstopmode', `${base}.tex`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('!'));
  return { ok: r.status === 0, log: errors.join('\n') || r.stdout.slice(-2000), pdf: join(dir, `${base}.pdf`) };
}

describe('TikZ export', { timeout: SLOW }, () => {
  it.skipIf(!hasPdflatex).each(cases)('%s: compiles with pdflatex to one page of the figure', (name, map, legend) => {
    const out = compile(name, texOf(map, legend));
    expect(out.ok, out.log).toBe(true);
    const info = spawnSync('pdfinfo', [out.pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
  });

  it.skipIf(!hasPdflatex)('typesets the statements, special characters included', () => {
    const out = compile('text', texOf(richMap()));
    expect(out.ok, out.log).toBe(true);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out.pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['Cities should replace', 'Almaty', 'Łódź', '100% of', '{braces} &', '#hashes cost $5', '\\textbf{no}', '<especially>']) expect(text).toContain(s);
  });

  it.skipIf(!hasPdflatex)('the picture between the markers can be \\input into a plain article', () => {
    const tex = texOf(richMap(), true);
    const picture = /% BEGIN tikzpicture\n([\s\S]*)\n% END tikzpicture/.exec(tex)![1];
    writeFileSync(join(dir, 'figure.tex'), picture);
    const paper = [
      '\\documentclass{article}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{tikz}',
      '\\usetikzlibrary{arrows.meta}',
      '\\begin{document}',
      'As Figure~1 shows:\\par',
      '\\resizebox{\\linewidth}{!}{\\input{figure.tex}}',
      '\\end{document}',
    ].join('\n');
    const out = compile('paper', paper);
    expect(out.ok, out.log).toBe(true);
  });

  it('names a style for every kind and line so authors can restyle', () => {
    const tex = texOf(richMap(), true);
    for (const k of STATEMENT_KINDS) expect(tex).toContain(`warrant ${k}/.style=`);
    for (const r of ['support', 'attack', 'undercut', 'junction']) expect(tex).toContain(`warrant ${r}/.style=`);
    expect(tex).toMatch(/\\node\[warrant thesis, minimum height=[\d.]+bp\] \(s1\)/);
    expect(tex).toContain('\\usetikzlibrary{arrows.meta}');
    expect(tex).toMatch(/text width=[\d.]+bp/);
  });

  it.each([
    ['& % $ # _ { }', '\\& \\% \\$ \\# \\_ \\{ \\}'],
    ['~ ^ \\', '\\textasciitilde{} \\textasciicircum{} \\textbackslash{}'],
    ['< > | " \'', '\\textless{} \\textgreater{} \\textbar{} \\textquotedbl{} \\textquotesingle{}'],
    ['‘a’ “b” – — …', "`a' ``b'' -- --- \\ldots{}"],
    ['a--b', 'a-{}-b'],
    ['[1] * x', '{[}1{]} * x'],
    ['* first', '{*} first'],
    ['Łódź Алматы ħ', 'Łódź Almaty ?'],
  ])('escapes %s', (text, expected) => {
    expect(escapeLatex(text)).toBe(expected);
  });
});
