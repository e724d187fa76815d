import type { ArgumentMap } from '../model/types';

/**
 * What a map holds beyond its statements' text and its support/attack graph, each counted, so an
 * export can say exactly what it leaves out of this map:
 *   countContent(seeded) → { comments: 11, anchors: 62, tags: 74, kinds: 20, labels: 27, … }
 *   describeContent('comments', 11) → "11 comments"
 * Every export format writes the text and the graph; ./losses.ts says which of these each one
 * also keeps.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Each kind of content, with how a count of it reads. */
const CONTENT = {
  title: () => 'the title',
  description: () => 'the description',
  direction: () => 'the left-to-right direction',
  kinds: (n: number) => `the kinds of ${plural(n, 'statement')}`,
  tags: (n: number) => plural(n, 'tag'),
  colors: (n: number) => plural(n, 'colour label'),
  placed: (n: number) => plural(n, 'hand-placed position'),
  collapsed: (n: number) => plural(n, 'collapsed branch', 'collapsed branches'),
  labels: (n: number) => plural(n, 'argument label'),
  argumentTags: (n: number) => plural(n, 'argument tag'),
  schemes: (n: number) => plural(n, 'argumentation scheme'),
  answers: (n: number) => plural(n, 'critical-question link'),
  sources: (n: number) => plural(n, 'source text'),
  anchors: (n: number) => plural(n, 'source anchor'),
  comments: (n: number) => plural(n, 'comment'),
  ratings: (n: number) => plural(n, 'rating'),
  rounds: (n: number) => plural(n, 'rating round'),
  scenarios: (n: number) => plural(n, 'what-if scenario'),
  walkthrough: (n: number) => `a walkthrough of ${plural(n, 'step')}`,
} as const;

export type ContentKind = keyof typeof CONTENT;
export const CONTENT_KINDS = Object.keys(CONTENT) as readonly ContentKind[];

/** One kind of content an export leaves out of a map, and how much of it. */
export interface Loss {
  readonly kind: ContentKind;
  readonly count: number;
  /** For people: "11 comments", "the title". */
  readonly text: string;
  /** Kept, but in fields only Warrant reads (AIF's extra fields): a round trip keeps it, other tools ignore it. */
  readonly warrantOnly?: boolean;
}

/** How much of each kind of content the map holds (0: none). */
export function countContent(map: ArgumentMap): Record<ContentKind, number> {
  const s = map.statements;
  const i = map.inferences;
  const w = map.workshop;
  const count = <T>(items: readonly T[], has: (x: T) => unknown) => items.filter(has).length;
  return {
    title: map.title.trim() ? 1 : 0,
    description: map.description.trim() ? 1 : 0,
    direction: map.direction === 'LR' ? 1 : 0,
    kinds: count(s, (x) => x.kind !== 'claim'),
    tags: s.reduce((n, x) => n + x.tags.length, 0),
    colors: count(s, (x) => x.color),
    placed: count(s, (x) => x.pinned && x.position),
    collapsed: count(s, (x) => x.collapsed),
    labels: count(i, (x) => x.label),
    argumentTags: i.reduce((n, x) => n + (x.tags?.length ?? 0), 0),
    schemes: count(i, (x) => x.scheme),
    answers: count(i, (x) => x.answers),
    sources: map.sources.length,
    anchors: s.reduce((n, x) => n + x.anchors.length, 0),
    comments: map.comments.length,
    ratings: w?.ratings.length ?? 0,
    rounds: w?.rounds.length ?? 0,
    scenarios: w?.scenarios.length ?? 0,
    walkthrough: w?.walkthrough?.steps.length ?? 0,
  };
}

/** "11 comments", "the title": a count of one kind of content, for people. */
export const describeContent = (kind: ContentKind, count: number): string => CONTENT[kind](count);

/**
 * What the map holds that a format keeping only `kept` leaves out, and (marked warrantOnly) what it
 * keeps only in fields that Warrant alone reads.
 */
export function lossesExcept(map: ArgumentMap, kept: readonly ContentKind[], warrantOnly: readonly ContentKind[] = []): Loss[] {
  const counts = countContent(map);
  return CONTENT_KINDS.filter((k) => counts[k] > 0 && !kept.includes(k)).map((kind) => ({
    kind, count: counts[kind], text: describeContent(kind, counts[kind]), ...(warrantOnly.includes(kind) && { warrantOnly: true }),
  }));
}
