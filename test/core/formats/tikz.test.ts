import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeLatex, tikzExport } from '../../../core/formats/tikz';
import { STATEMENT_KINDS } from '../../../core/model';
import { figureCases, richMap, SCRIPT_TEXTS, scriptsMap } from '../../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Oracle: the real lualatex (and pdflatex for Latin-only text), with -halt-on-error, in a scratch directory. */

const hasLualatex = spawnSync('kpsewhich', ['luaotfload.sty', 'tikz.sty'], { encoding: 'utf8' }).stdout.trim().split('\n').length === 2;
if (!hasLualatex) console.warn('lualatex with luaotfload and TikZ is not installed: the TikZ compile tests are skipped (apt-get install texlive-luatex texlive-pictures)');

const dir = mkdtempSync(join(tmpdir(), 'warrant-tikz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cases = figureCases();
const texOf = (map: Parameters<typeof tikzExport.export>[0], legend = false) => tikzExport.export(map, { legend }) as string;

function compile(name: string, tex: string, engine = 'lualatex'): { ok: boolean; log: string; pdf: string } {
  const base = name.replace(/\W+/g, '-');
  writeFileSync(join(dir, `${base}.tex`), tex);
  const r = spawnSync(engine, ['-halt-on-error', '-interaction=nonstopmode', `${base}.tex`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('!'));
  return { ok: r.status === 0, log: errors.join('\n') || r.stdout.slice(-2000), pdf: join(dir, `${base}.pdf`) };
}

describe('TikZ export', { timeout: SLOW }, () => {
  it.skipIf(!hasLualatex).each(cases)('%s: compiles with lualatex to one page of the figure, fonts embedded', (name, map, legend) => {
    const out = compile(name, texOf(map, legend));
    expect(out.ok, out.log).toBe(true);
    const info = spawnSync('pdfinfo', [out.pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Pages:\s+1$/m);
    // Vector fonts only: every font is embedded TrueType/OpenType or Type 1, never a bitmap (Type 3).
    const fonts = spawnSync('pdffonts', [out.pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    for (const f of fonts) expect(f).not.toMatch(/Type 3/);
    for (const f of fonts) expect(f).toMatch(/\syes\s+yes\s+yes\s/);
  });

  it.skipIf(!hasLualatex)('typesets the statements, special characters included', () => {
    const out = compile('text', texOf(richMap()));
    expect(out.ok, out.log).toBe(true);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out.pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['Cities should replace', 'Алматы', 'Łódź', '100% of', '{braces} &', '#hashes cost $5', '\\textbf{no}', '<especially>']) expect(text).toContain(s);
  });

  it.skipIf(!hasLualatex)('typesets Polish, Cyrillic, Greek and CJK text as written', () => {
    const out = compile('scripts', texOf(scriptsMap()));
    expect(out.ok, out.log).toBe(true);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out.pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of Object.values(SCRIPT_TEXTS)) for (const word of s.split(' ')) expect(text).toContain(word);
  });

  it.skipIf(!hasLualatex)('still compiles with pdflatex when the text is Latin', () => {
    const out = compile('latin', texOf(cases.find((c) => c[0] === 'two statements')![1]), 'pdflatex');
    expect(out.ok, out.log).toBe(true);
  });

  it.skipIf(!hasLualatex)('the picture between the markers can be \\input into a plain article', () => {
    const tex = texOf(richMap(), true);
    const picture = /% BEGIN tikzpicture\n([\s\S]*)\n% END tikzpicture/.exec(tex)![1];
    writeFileSync(join(dir, 'figure.tex'), picture);
    const paper = [
      '\\documentclass{article}',
      '\\usepackage{fontspec}',
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
    ['‘a’ “b” – — …', '‘a’ “b” – — …'],
    ['a--b', 'a-{}-b'],
    ['[1] * x', '{[}1{]} * x'],
    ['* first', '{*} first'],
    ['Łódź Алматы Αθήνα 北京 ħ', 'Łódź Алматы Αθήνα 北京 ħ'],
    ['a\u0000b\u0085c\u00add', 'a b cd'],
  ])('escapes %s', (text, expected) => {
    expect(escapeLatex(text)).toBe(expected);
  });
});
