/**
 * First pass over an Argdown text: refuse binary or oversized input, set the YAML front matter
 * aside, and remove comments (`// …`, `/* … *\/`, `<!-- … -->`) while keeping line numbers.
 * A line that held only a comment disappears (it does not end a block); `//` inside `{data}`,
 * `[titles]`, `<titles>` and `#(tags)` is not a comment, as in Argdown itself.
 */
import { ImportError } from '../format';

export interface SourceLine {
  /** 1-based line number in the input. */
  readonly no: number;
  readonly text: string;
}

export const MAX_ARGDOWN_CHARS = 5_000_000;

/** indexOf with a memory: for positions that only grow, each character is searched once in total. */
export function createFinder(text: string): (ch: string, from: number) => number {
  const found = new Map<string, number>();
  return (ch, from) => {
    const last = found.get(ch);
    if (last !== undefined && (last >= from || last === -1)) return last === -1 ? text.length : last;
    const at = text.indexOf(ch, from);
    found.set(ch, at);
    return at === -1 ? text.length : at;
  };
}

function checkText(text: string): void {
  if (text.length > MAX_ARGDOWN_CHARS) {
    throw new ImportError(`the Argdown text is ${text.length} characters long, more than the limit of ${MAX_ARGDOWN_CHARS}`);
  }
  const controls = text.match(/[\x00-\x08\x0e-\x1f]/g)?.length ?? 0;
  if (text.includes('\0') || controls > text.length / 100) throw new ImportError('this is binary data, not an Argdown text');
}

/** Stands for a line break inside `{data}` until the lines are split: checkText refuses NUL, so the text has none of its own. */
const DATA_BREAK = '\0';

/**
 * Where the `{data}` opened at i ends (the index of its `}`), or -1: Argdown's lexer lets data run
 * over lines, up to the last `}` not followed by `,` or `}`, but never past a `}` followed by a
 * space and more text:  `{a: {b: 1}, c: 2}` is one data element, `{a: 1} text }` ends at the first `}`.
 * Positions are computed once, so each query costs a binary search.
 */
function createDataEnds(text: string): (open: number) => number {
  let ends: number[] | undefined;
  let limits: { at: number; limit: number }[] = [];
  const prepare = () => {
    ends = [];
    limits = [];
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c === '\u2028' || c === '\u2029') limits.push({ at: k, limit: k - 1 });
      if (c !== '}') continue;
      let n = k + 1;
      while (n < text.length && /\s/.test(text[n])) n++;
      if (text[n] !== ',' && text[n] !== '}') ends.push(k);
      if (/\s/.test(text[k + 1] ?? '') && k + 2 < text.length && text[k + 2] !== ',' && text[k + 2] !== '}') limits.push({ at: k, limit: k });
    }
  };
  /** Index of the first item with key(item) > x. */
  const after = <T>(list: readonly T[], x: number, key: (t: T) => number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (open) => {
    if (!ends) prepare();
    const limit = limits[after(limits, open, (l) => l.at)]?.limit ?? text.length;
    const end = ends![after(ends!, limit, (k) => k) - 1];
    return end !== undefined && end > open ? end : -1;
  };
}

/** Length of the comment starting at i, or 0. */
function commentAt(text: string, i: number, line: number): number {
  const close = (open: string, end: string) => {
    if (!text.startsWith(open, i)) return 0;
    const at = text.indexOf(end, i + open.length);
    if (at === -1) throw new ImportError(`line ${line}: the comment ${open} is never closed with ${end}`);
    return at + end.length - i;
  };
  if (text.startsWith('//', i)) return (text.indexOf('\n', i) + 1 || text.length + 1) - 1 - i;
  return close('/*', '*/') || close('<!--', '-->');
}

/** The lines that carry content, comments removed, plus the front matter text if any. */
export function readSource(input: string): { lines: SourceLine[]; frontMatter?: string } {
  checkText(input);
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let frontMatter: string | undefined;
  const fm = /^\s*===+([\s\S]*?)===+/.exec(text);
  if (fm) {
    frontMatter = fm[1];
    text = fm[0].replace(/[^\n]/g, ' ') + text.slice(fm[0].length);
  }
  const next = createFinder(text);
  const dataEnd = createDataEnds(text);
  // A token that may contain `//` ends at the first closer on its line (data may span lines).
  const span = (i: number): number => {
    const c = text[i];
    const eol = next('\n', i);
    const within = (closer: string) => (next(closer, i + 1) < eol ? next(closer, i + 1) - i + 1 : 1);
    if (c === '\\') return 2;
    if (c === '{') {
      const end = dataEnd(i);
      return end < 0 ? 1 : end - i + 1;
    }
    if (c === '[') {
      const title = within(']');
      // A link `[text](url)` runs to the closing parenthesis.
      return text[i + title] === '(' && title > 1 && next(')', i + title) < eol ? next(')', i + title) - i + 1 : title;
    }
    if (c === '<' && text[i + 1] !== '-') return within('>');
    if (c === '#' && text[i + 1] === '(') return within(')');
    return 1;
  };
  const out: string[] = [];
  const plain = /[^\\{[<#/\n]+/y;
  const commented = new Set<number>(fm ? fm[0].split('\n').map((_, n) => n + 1) : []);
  let line = 1;
  for (let i = 0; i < text.length; ) {
    plain.lastIndex = i;
    const run = plain.exec(text)?.[0];
    if (run) {
      out.push(run);
      i += run.length;
      continue;
    }
    const comment = commentAt(text, i, line);
    const piece = text.slice(i, i + (comment || span(i)));
    if (comment) commented.add(line);
    for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1)) {
      if (comment) commented.add(line + 1);
      line++;
    }
    // The lines of multi-line data stay one line, so that no line inside it reads as a relation or a new block.
    out.push(comment ? piece.replace(/[^\n]/g, '') : piece[0] === '{' ? piece.replaceAll('\n', DATA_BREAK) : piece);
    i += piece.length;
  }
  let no = 1;
  const lines = out
    .join('')
    .split('\n')
    .map((t) => {
      const l = { no, text: t.replaceAll(DATA_BREAK, '\n') };
      no += 1 + t.split(DATA_BREAK).length - 1;
      return l;
    })
    .filter((l) => !(commented.has(l.no) && l.text.trim() === ''));
  return { lines, frontMatter };
}
