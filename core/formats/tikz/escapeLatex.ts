/**
 * Text for LaTeX: specials become commands, everything else stays as written (the standalone
 * document is set by LuaLaTeX with Unicode fonts, so Łódź, Алматы, Αθήνα and 北京 print as they are), e.g.
 *   escapeLatex('50% of {a_b} & Алматы') → '50\\% of \\{a\\_b\\} \\& Алматы'
 */

const COMMANDS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}',
  '"': '\\textquotedbl{}', "'": '\\textquotesingle{}', '`': '\\textasciigrave{}', '[': '{[}', ']': '{]}', '\u00a0': '~',
};

function escapeChar(ch: string, next: string | undefined): string {
  if (ch in COMMANDS) return COMMANDS[ch];
  if (ch === '-') return next === '-' ? '-{}' : '-';
  return ch;
}

/** One line of text, safe in LaTeX paragraph mode (also at the start of a line after \\). */
export function escapeLatex(text: string): string {
  const chars = [...text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad]/g, (c) => (c === '\u00ad' ? '' : ' '))];
  const out = chars.map((c, i) => escapeChar(c, chars[i + 1])).join('');
  return out.startsWith('*') ? `{*}${out.slice(1)}` : out;
}
