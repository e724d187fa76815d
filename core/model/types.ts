/**
 * The argument-map model: plain, readonly records shared by client, server and CLI.
 *
 * Vocabulary follows Argdown and AIF:
 * - a Statement is a proposition (AIF I-node);
 * - an Inference joins one or more premises (linked co-premises) to one target
 *   with a polarity: support (AIF RA-node) or attack (AIF CA-node);
 * - an Inference whose target is another Inference and whose polarity is attack is an
 *   undercut: it questions the step from premises to conclusion, not a statement.
 */

import type { WorkshopData } from '../workshop/types';

export const MAP_SCHEMA = 'warrant-map';
export const MAP_VERSION = 1;

export const STATEMENT_KINDS = ['thesis', 'claim', 'evidence', 'assumption', 'question', 'note'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const POLARITIES = ['support', 'attack'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const LAYOUT_DIRECTIONS = ['TB', 'LR'] as const;
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];

export type Id = string;

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A span of a source text, by character (UTF-16 code unit) offsets; quote === source.text.slice(start, end). */
export interface Anchor {
  readonly source: Id;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface Statement {
  readonly id: Id;
  readonly text: string;
  readonly kind: StatementKind;
  readonly tags: readonly string[];
  readonly anchors: readonly Anchor[];
  /** Optional colour label chosen by a user (a CSS colour name or #rrggbb). */
  readonly color?: string;
  /** Set once a layout ran or a user placed the statement. */
  readonly position?: Position;
  /** True when a user dragged it: a partial layout leaves it where it was put. */
  readonly pinned?: boolean;
  /** The branch under this statement is hidden on the canvas. */
  readonly collapsed?: boolean;
}

export interface Inference {
  readonly id: Id;
  /** One or more statement ids; two or more are linked co-premises. */
  readonly premises: readonly Id[];
  /** A statement id, or an inference id (then polarity must be attack: an undercut). */
  readonly target: Id;
  readonly polarity: Polarity;
  /** Optional argument title (Argdown `<Title>`). */
  readonly label?: string;
  /** Optional argumentation scheme: a catalogue id (core/schemes, e.g. `expert-opinion`) or a free name (AIF scheme). */
  readonly scheme?: string;
  /** The critical question of another inference's scheme that this attack answers (core/schemes). */
  readonly answers?: CriticalQuestionRef;
}

/** Points at one critical question of one inference's scheme. */
export interface CriticalQuestionRef {
  readonly inference: Id;
  /** The question's id within its scheme (`cq1`, …). */
  readonly question: string;
}

export interface Comment {
  readonly id: Id;
  /** The statement or inference commented on. */
  readonly target: Id;
  /** The comment replied to; absent for the first comment of a thread. */
  readonly parent?: Id;
  readonly author: string;
  readonly text: string;
  /** ISO 8601 time. */
  readonly createdAt: string;
  readonly resolved?: boolean;
}

export interface Source {
  readonly id: Id;
  readonly title: string;
  readonly text: string;
  readonly url?: string;
}

export interface ArgumentMap {
  readonly schema: typeof MAP_SCHEMA;
  readonly version: typeof MAP_VERSION;
  readonly title: string;
  readonly description: string;
  readonly direction: LayoutDirection;
  readonly sources: readonly Source[];
  readonly statements: readonly Statement[];
  readonly inferences: readonly Inference[];
  readonly comments: readonly Comment[];
  /** Optional workshop data: ratings, rounds, what-if scenarios, the walkthrough (core/workshop). */
  readonly workshop?: WorkshopData;
}

/** A new, empty map. */
export function createEmptyMap(title = 'Untitled map'): ArgumentMap {
  return {
    schema: MAP_SCHEMA,
    version: MAP_VERSION,
    title,
    description: '',
    direction: 'TB',
    sources: [],
    statements: [],
    inferences: [],
    comments: [],
  };
}

/** A statement with defaults for the fields not given. */
export function createStatement(fields: Pick<Statement, 'id'> & Partial<Statement>): Statement {
  return { text: '', kind: 'claim', tags: [], anchors: [], ...fields };
}
