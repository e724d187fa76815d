/**
 * What an Argdown text says, before it becomes a Warrant map — the same entities Argdown's own
 * model has: statements (by title, every occurrence kept), arguments (with an optional
 * premise–conclusion structure) and relations between them.
 */
import type { Element, SectionPath } from './inline';

export type RelationType = 'support' | 'attack' | 'undercut' | 'contradictory';

export type NodeRef =
  | { readonly kind: 'statement'; readonly title: string }
  | { readonly kind: 'argument'; readonly title: string }
  /** The inference step of an argument that ends in its pcs statement number `conclusion` (0-based). */
  | { readonly kind: 'inference'; readonly argument: string; readonly conclusion: number };

export interface Relation {
  readonly type: RelationType;
  readonly from: NodeRef;
  readonly to: NodeRef;
  readonly line: number;
}

export interface Step {
  /** Index into the pcs of the statement this step concludes. */
  readonly conclusion: number;
  /** Indexes into the pcs of the statements this step infers from. */
  readonly premises: readonly number[];
  /** Inference rules named on the inference line (`-- Modus ponens --`). */
  readonly rules: readonly string[];
  /** `{scheme: "…"}` data on the inference line: an argumentation scheme id (core/schemes). */
  readonly scheme?: string;
  readonly line: number;
}

export interface Pcs {
  /** Statement titles in order. */
  readonly titles: readonly string[];
  readonly steps: readonly Step[];
  /** The section the structure stands in: Argdown puts its argument there. */
  readonly section?: SectionPath;
}

export interface ArgumentEntry {
  readonly members: Element[];
  pcs?: Pcs;
}

export interface ArgdownDocument {
  title?: string;
  description?: string;
  /** The YAML front matter, when it is a mapping. */
  frontMatter?: Record<string, unknown>;
  readonly statements: Map<string, Element[]>;
  readonly arguments: Map<string, ArgumentEntry>;
  readonly relations: Relation[];
  /** What was read leniently, by line, for the import notes. */
  readonly notes: string[];
}

/** Symbol → relation, read from the parent's side: `+>` the parent supports the child, `<+` the child supports the parent. */
export const RELATION_SYMBOLS: Readonly<Record<string, { type: RelationType; outgoing: boolean }>> = {
  '+>': { type: 'support', outgoing: true },
  '<+': { type: 'support', outgoing: false },
  '+': { type: 'support', outgoing: false },
  '->': { type: 'attack', outgoing: true },
  '<-': { type: 'attack', outgoing: false },
  '-': { type: 'attack', outgoing: false },
  '_>': { type: 'undercut', outgoing: true },
  '<_': { type: 'undercut', outgoing: false },
  _: { type: 'undercut', outgoing: false },
  '><': { type: 'contradictory', outgoing: true },
};

/** The canonical occurrence of a statement or argument: the last definition (or one with `{isCanonical: true}`). */
export function canonicalMember(members: readonly Element[]): Element | undefined {
  const defs = members.filter((m) => !m.isReference);
  return defs.find((m) => m.data?.isCanonical === true) ?? defs.at(-1);
}
