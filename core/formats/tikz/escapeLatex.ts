import { transliterate } from '../../render/winAnsi';

/**
 * Text for LaTeX (pdflatex, T1 fonts): specials become commands, typographic quotes and
 * dashes become their ASCII ligatures, and characters T1 lacks are transliterated, e.g.
 *   escapeLatex('50% of {a_b} & ‘c’ – Алматы') → '50\% of \{a\_b\} \& `c\' -- Almaty'
 */

const COMMANDS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}',
  '"': '\\textquotedbl{}', "'": '\\textquotesingle{}', '`': '\\textasciigrave{}', '[': '{[}', ']': '{]}',
  '\u2018': '`', '\u2019': "'", '\u201c': '``', '\u201d': "''", '\u2013': '--', '\u2014': '---', '\u2026': '\\ldots{}',
  '\u20ac': '\\texteuro{}', '\u2022': '\\textbullet{}', '\u2020': '\\dag{}', '\u2021': '\\ddag{}', '\u2122': '\\texttrademark{}',
  '\u2030': '\\textperthousand{}', '\u2039': '\\guilsinglleft{}', '\u203a': '\\guilsinglright{}', '\u201a': '\\quotesinglbase{}',
  '\u201e': '\\quotedblbase{}', '\u00a0': '~',
};

/** Latin-1 and Latin Extended-A characters that pdflatex's T1 set cannot typeset. */
const MISSING = new Set([0x126, 0x127, 0x138, 0x13f, 0x140, 0x149, 0x166, 0x167, 0x17f]);

function escapeChar(ch: string, next: string | undefined): string {
  if (ch in COMMANDS) return COMMANDS[ch];
  if (ch === '-') return next === '-' ? '-{}' : '-';
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp < 0x7f) return ch;
  if (cp >= 0xa1 && cp <= 0x17f && cp !== 0xad && !MISSING.has(cp)) return ch;
  const spelled = transliterate(ch);
  return spelled === ch ? '?' : [...spelled].map((c, i, all) => escapeChar(c, all[i + 1])).join('');
}

/** One line of text, safe in LaTeX paragraph mode (also at the start of a line after \\). */
export function escapeLatex(text: string): string {
  const chars = [...text.replace(/[\u0000-\u001f\u007f]/g, ' ')];
  const out = chars.map((c, i) => escapeChar(c, chars[i + 1])).join('');
  return out.startsWith('*') ? `{*}${out.slice(1)}` : out;
}
