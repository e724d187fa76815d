/**
 * Text for the standard PDF fonts: maps Unicode to WinAnsi (Windows-1252) codes and
 * transliterates what WinAnsi lacks, e.g.
 *   toWinAnsi('‘Quote’ – …')  → '\x91Quote\x92 \x96 \x85'
 *   toWinAnsi('Łódź, Алматы')  → 'Lódz, Almaty'
 */

/** Unicode code points of WinAnsi codes 0x80–0x9F (0 where the code is unused). */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const FROM_UNICODE = new Map<number, number>(HIGH.flatMap((u, i) => (u ? [[u, 0x80 + i] as [number, number]] : [])));

const CYRILLIC =
  'A B V G D E Zh Z I Y K L M N O P R S T U F Kh Ts Ch Sh Shch " Y \' E Yu Ya a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch " y \' e yu ya'.split(
    ' ',
  );
const GREEK = 'A B G D E Z E Th I K L M N X O P R S S T Y Ph Ch Ps O'.split(' ');

/** Look-alikes and spellings for characters WinAnsi lacks. */
const SPECIAL: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '\u2014', '\u2212': '-', '\u2032': "'", '\u2033': '"',
  '\u2190': '<-', '\u2192': '->', '\u2194': '<->', '\u21d2': '=>', '\u2264': '<=', '\u2265': '>=', '\u2260': '!=',
  '\u2248': '~', '\u00ad': '', '\u200b': '', '\u0131': 'i', '\u0141': 'L', '\u0142': 'l',
  '\u0110': 'D', '\u0111': 'd', '\u0401': 'Yo', '\u0451': 'yo', '\u0406': 'I', '\u0456': 'i', '\u04d8': 'A', '\u04d9': 'a',
  '\u049a': 'Q', '\u049b': 'q', '\u04a2': 'N', '\u04a3': 'n', '\u04ae': 'U', '\u04af': 'u', '\u04b0': 'U', '\u04b1': 'u',
  '\u0492': 'G', '\u0493': 'g', '\u04ba': 'H', '\u04bb': 'h', '\u04e8': 'O', '\u04e9': 'o',
};

/** A WinAnsi spelling of one character (one or more ASCII/WinAnsi characters, or '?'). */
export function transliterate(ch: string): string {
  if (ch in SPECIAL) return SPECIAL[ch];
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x410 && cp <= 0x44f) return CYRILLIC[cp - 0x410];
  if (cp >= 0x391 && cp <= 0x3a9) return GREEK[cp - 0x391];
  if (cp >= 0x3b1 && cp <= 0x3c9) return GREEK[cp - 0x3b1].toLowerCase();
  if (/\s/u.test(ch)) return ' ';
  const stripped = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (stripped && stripped !== ch && [...stripped].every((c) => winAnsiCode(c) !== undefined)) return stripped;
  return '?';
}

/** The WinAnsi code of a character, if it has one. */
export function winAnsiCode(ch: string): number | undefined {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return FROM_UNICODE.get(cp);
}

/** Text as a string of WinAnsi codes (each char code < 256), transliterating the rest. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = winAnsiCode(ch);
    out += code !== undefined ? String.fromCharCode(code) : [...transliterate(ch)].map((c) => String.fromCharCode(winAnsiCode(c) ?? 63)).join('');
  }
  return out;
}

/** The Unicode text a string of WinAnsi codes stands for (what a PDF reader extracts). */
export function fromWinAnsi(codes: string): string {
  return [...codes].map((c) => {
    const code = c.charCodeAt(0);
    return code >= 0x80 && code < 0xa0 ? String.fromCharCode(HIGH[code - 0x80] || 0xfffd) : c;
  }).join('');
}
