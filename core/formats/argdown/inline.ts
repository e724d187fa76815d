/**
 * One Argdown element — a statement or an argument as written on a line (plus continuation lines):
 *   `[Title]: text #tag {k: v}`   a statement definition      `[Title] #tag`  a statement reference
 *   `<Title>: text`               an argument definition      `<Title>`       an argument reference
 *   `plain text`                  an untitled statement
 * The text loses its markup as in Argdown: `\x` → x, `*em*` → em, `[text](url)` → text, tags are
 * taken out of the text into `tags`, trailing `{…}` becomes `data`.
 */
import { ImportError } from '../format';
import { readData } from './data';
import { createFinder } from './source';

/** The tags of a section and the sections around it, outermost first; [] inside the title's section only (sections.ts). */
export type SectionPath = readonly string[];

export interface Element {
  readonly type: 'statement' | 'argument';
  /** Undefined for an untitled statement. */
  readonly title?: string;
  readonly isReference: boolean;
  readonly text: string;
  readonly tags: readonly string[];
  readonly data?: Readonly<Record<string, unknown>>;
  /** How the data was read leniently, if it was (data.ts). */
  readonly dataNote?: string;
  readonly line: number;
  /** The section it stands in (sections.ts); set when the document records it. */
  readonly section?: SectionPath;
}

const HEADS = [
  { re: /^\[[^\]]+?\]\([^)]+?\)/, type: 'statement', ref: false, untitled: true },
  { re: /^\[(.+?)\]:/, type: 'statement', ref: false },
  { re: /^\[([^-].*?)\]/, type: 'statement', ref: true },
  { re: /^<(.+?)>:/, type: 'argument', ref: false },
  { re: /^<([^-].*?)>/, type: 'argument', ref: true },
] as const;
const TAG = /#(?:\(([^)]+)\)|([a-zA-z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+))/y;
const LINK = /\[([^\]]+?)\]\([^)]+?\)/y;
const EMPHASIS = ['**', '__', '*', '_'] as const;
const END_AFTER = /^(?:[ \t\n)}_.,!?;:\-*]|$)/;

/** Parses the text part: markup out, tags and data set aside. `line` is the line `src` starts on. */
export function parseText(src: string, line: number): { text: string; tags: string[]; data?: Record<string, unknown>; dataNote?: string } {
  const out: string[] = [];
  const tags: string[] = [];
  const open: { mark: string; at: number }[] = [];
  const next = createFinder(src);
  let data: Record<string, unknown> | undefined;
  let dataNote: string | undefined;
  const lineAt = (i: number) => line + (src.slice(0, i).match(/\n/g)?.length ?? 0);
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    const at = (re: RegExp) => ((re.lastIndex = i), re.exec(src));
    if (c === '\\' && i + 1 < src.length && src[i + 1] !== '\n') {
      out.push(src[i + 1]);
      i += 2;
    } else if (c === '\n') {
      out.push(out.at(-1)?.endsWith(' ') ? '' : ' ');
      i++;
    } else if (c === '#' && (src[i + 1] !== '(' || next(')', i) < src.length) && at(TAG)) {
      const tag = at(TAG)!;
      const name = tag[1] ?? tag[2];
      if (!tags.includes(name)) tags.push(name);
      for (i += tag[0].length; src[i] === ' ' || src[i] === '\t'; ) i++;
    } else if (c === '{') {
      const close = src.lastIndexOf('}');
      if (close < i) throw new ImportError(`line ${lineAt(i)}: the data { … } is never closed with }`);
      if (src.slice(close + 1).trim()) throw new ImportError(`line ${lineAt(i)}: data { … } must come last, after the text`);
      try {
        ({ data, note: dataNote } = readData(src.slice(i, close + 1)));
        if (dataNote) dataNote = `line ${lineAt(i)}: data with ${dataNote}`;
      } catch (e) {
        throw new ImportError(`line ${lineAt(i)}: cannot read the data ${src.slice(i, Math.min(close + 1, i + 40)).replace(/\s+/g, ' ')}: ${(e as Error).message}`);
      }
      i = src.length;
    } else if (c === '[' && next(']', i) < src.length && at(LINK)) {
      const m = at(LINK)!;
      out.push(m[1]);
      i += m[0].length;
    } else if (c === '*' || c === '_') {
      const mark = EMPHASIS.find((m) => src.startsWith(m, i))!;
      const top = open.at(-1);
      // As in Argdown's lexer: a marker closes the innermost open one of its kind before it opens another.
      if (top && src.startsWith(top.mark, i) && END_AFTER.test(src.slice(i + top.mark.length, i + top.mark.length + 1))) {
        open.pop();
        i += top.mark.length;
      } else if (!/\s/.test(src[i + mark.length] ?? ' ')) {
        open.push({ mark, at: out.length });
        out.push('');
        i += mark.length;
      } else {
        out.push(c);
        i++;
      }
    } else {
      out.push(c);
      i++;
    }
  }
  // Markers never closed were plain characters after all.
  for (const o of open) out[o.at] = o.mark;
  return { text: out.join('').trim(), tags, ...(data && { data }), ...(dataNote && { dataNote }) };
}

/** Reads an element: its title form, then its text. In a premise–conclusion structure only statements are allowed. */
export function parseElement(src: string, line: number, statementOnly = false): Element {
  const head = HEADS.map((h) => ({ h, m: h.re.exec(src) })).find((x) => x.m);
  if (!head || 'untitled' in head.h) return { type: 'statement', isReference: false, ...parseText(src, line), line };
  const { h, m } = head;
  if (statementOnly && h.type === 'argument') throw new ImportError(`line ${line}: an argument <${m![1]}> cannot stand in a premise–conclusion structure; write a statement`);
  const rest = parseText(src.slice(m![0].length), line);
  if (h.ref && rest.text) {
    const shown = h.type === 'statement' ? `[${m![1]}]` : `<${m![1]}>`;
    throw new ImportError(`line ${line}: unexpected text "${rest.text.slice(0, 40)}" after ${shown} (a definition needs a colon: ${shown}: text; a relation goes on its own indented line)`);
  }
  return { type: h.type, title: m![1], isReference: h.ref, ...rest, line };
}
