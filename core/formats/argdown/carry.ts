/**
 * What a map holds that Argdown has no syntax for rides along in `{warrant: …}` data, which
 * Argdown keeps as plain data and Warrant reads back (Warrant → Argdown → Warrant keeps the map):
 *   [s1]: Trees cool streets. {warrant: {anchors: [["article", 10, 42]], position: {x: 0, y: 80}}}
 *   <i1>: Heat argument {warrant: {answers: {inference: "i0", question: "cq1"}}}
 *   ===
 *   warrant: {direction: "LR", sources: [...], comments: [...]}      (front matter: the map's own)
 *   ===
 * Only what the Argdown itself does not already say is written. Carried values refine what the
 * text says and never overrule it: a carried exact text is used only while it still reads as the
 * text written (so an edit of the text wins). Control characters are dropped, as everywhere in the export.
 */
import type { Anchor, ArgumentMap, Inference, Statement } from '../../model/types';
import { asSourceId } from '../../model/ids';
import { isEmptyWorkshop } from '../../workshop/types';
import { flatten, flowValue, withoutControls } from './syntax';

export const CARRY_KEY = 'warrant';

type Fields = Record<string, unknown>;
export const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

function nonEmpty(fields: Fields): Fields | undefined {
  const kept = Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The exact text when Argdown would change it; control characters never reach an export, not even here. */
function exact(value: string | undefined): string | undefined {
  const clean = value === undefined ? undefined : withoutControls(value);
  return clean !== undefined && flatten(clean) !== clean ? clean : undefined;
}

/** `tagsBack`: the tags the importer reads from the text alone, in its order. */
export function statementCarry(s: Statement, tagsBack: readonly string[]): Fields | undefined {
  const sameTags = tagsBack.length === s.tags.length && tagsBack.every((t, i) => t === s.tags[i]);
  return nonEmpty({
    text: exact(s.text),
    tags: sameTags ? undefined : s.tags,
    anchors: s.anchors.map((a) => [a.source, a.start, a.end]),
    position: s.position,
    pinned: s.pinned,
    collapsed: s.collapsed,
  });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `tagsBack`: the tags the importer reads from the text alone, in its order. */
export const inferenceCarry = (inf: Inference, tagsBack: readonly string[]): Fields | undefined =>
  nonEmpty({ label: exact(inf.label), scheme: exact(inf.scheme), answers: inf.answers, tags: sameList(tagsBack, inf.tags ?? []) ? undefined : inf.tags });

export function mapCarry(map: ArgumentMap): Fields | undefined {
  return nonEmpty({
    title: exact(map.title) ?? (map.title ? undefined : ''),
    description: map.title ? undefined : map.description || undefined,
    direction: map.direction === 'TB' ? undefined : map.direction,
    sources: map.sources,
    comments: map.comments,
    workshop: isEmptyWorkshop(map.workshop) ? undefined : map.workshop,
  });
}

/** The front matter that carries the map's own fields, or '' when there are none. */
export function frontMatter(map: ArgumentMap): string {
  const fields = mapCarry(map);
  // Argdown's front matter ends at the first `===`; `=` occurs only inside strings here, so it can be escaped.
  return fields ? `===\n${CARRY_KEY}: ${flowValue(fields).replace(/=/g, '\\u003d')}\n===` : '';
}

// Reading back.

export const carriedOf = (data: Readonly<Record<string, unknown>> | undefined): Fields | undefined =>
  isFields(data?.[CARRY_KEY]) ? (data[CARRY_KEY] as Fields) : undefined;

/** A statement with what its data carries; `sources` give anchors their quotes. */
const sameSet = (a: readonly string[], b: readonly string[]) => [...new Set(a)].sort().join('\n') === [...new Set(b)].sort().join('\n');

export function withStatementCarry(s: Statement, carried: Fields | undefined, sources: ReadonlyMap<string, string>): Statement {
  if (!carried) return s;
  const out: { -readonly [K in keyof Statement]?: Statement[K] } = { ...s };
  if (typeof carried.text === 'string' && flatten(carried.text) === s.text) out.text = carried.text;
  const tags = carried.tags;
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string') && sameSet(tags, s.tags)) out.tags = tags;
  if (Array.isArray(carried.anchors)) {
    out.anchors = carried.anchors.flatMap((a): Anchor[] => {
      if (!Array.isArray(a) || typeof a[0] !== 'string' || !Number.isInteger(a[1]) || !Number.isInteger(a[2])) return [];
      const text = sources.get(a[0]);
      return text === undefined ? [] : [{ source: asSourceId(a[0]), start: a[1], end: a[2], quote: text.slice(a[1], a[2]) }];
    });
  }
  if (isFields(carried.position) && typeof carried.position.x === 'number' && typeof carried.position.y === 'number') out.position = { x: carried.position.x, y: carried.position.y };
  if (carried.pinned === true) out.pinned = true;
  if (carried.collapsed === true) out.collapsed = true;
  return out as Statement;
}

export function withInferenceCarry(inf: Inference, carried: Fields | undefined): Inference {
  if (!carried) return inf;
  const out: { -readonly [K in keyof Inference]?: Inference[K] } = { ...inf };
  if (typeof carried.label === 'string' && flatten(carried.label) === inf.label) out.label = carried.label;
  if (typeof carried.scheme === 'string' && flatten(carried.scheme) === inf.scheme) out.scheme = carried.scheme;
  if (isFields(carried.answers)) out.answers = carried.answers as Inference['answers'];
  const tags = carried.tags;
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string') && sameSet(tags, inf.tags ?? [])) out.tags = tags;
  return out as Inference;
}

/** The map's own fields from the front matter (checked with the rest of the map by validateMap). */
export function withMapCarry(map: ArgumentMap, carried: Fields | undefined): ArgumentMap {
  if (!carried) return map;
  const out: Record<string, unknown> = { ...map };
  if (typeof carried.title === 'string' && (flatten(carried.title) === map.title || (carried.title === '' && map.title === 'Imported Argdown'))) out.title = carried.title;
  if (typeof carried.description === 'string' && !map.description) out.description = carried.description;
  if (carried.direction === 'LR') out.direction = 'LR';
  for (const key of ['sources', 'comments'] as const) if (Array.isArray(carried[key])) out[key] = carried[key];
  if (isFields(carried.workshop)) out.workshop = carried.workshop;
  return out as unknown as ArgumentMap;
}
