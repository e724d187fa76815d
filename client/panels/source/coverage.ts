import type { Highlight } from './segments';

/** A sentence by offsets into the text, without surrounding whitespace. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** Sentence ends: after . ! ? … (and closing quotes or brackets) before whitespace, and at line breaks. */
const SENTENCE_END = /[.!?…]+['"’”)\]]*(?=\s)|\n+/g;

/** Splits a text into sentences (whitespace-only stretches are not sentences). */
export function getSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(last, end);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

export interface Coverage {
  /** Cited non-whitespace characters over all non-whitespace characters, 0–100. */
  readonly percent: number;
  /** Sentences with no cited character at all. */
  readonly unmapped: readonly Sentence[];
  /** Per character: true when some highlight covers it. */
  readonly cited: Uint8Array;
}

/** How much of the text the highlights cover, ignoring whitespace. */
export function getCoverage(text: string, highlights: readonly Highlight[]): Coverage {
  const cited = new Uint8Array(text.length);
  for (const h of highlights) cited.fill(1, h.start, h.end);
  let total = 0;
  let covered = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    total++;
    covered += cited[i];
  }
  const unmapped = getSentences(text).filter((s) => cited.subarray(s.start, s.end).every((c) => c === 0));
  return { percent: total === 0 ? 0 : (100 * covered) / total, unmapped, cited };
}
