import { type ArgumentMap, type Id, STATEMENT_KINDS, type StatementKind } from '../model/types';
import { type RelationKind, getRelations } from '../model/relations';
import { type Finding, type Label, createExplainer, evaluate, lint, lintRules } from '../semantics';
import { type RatingSummary, type RoundComparison, aggregateRatings, compareRounds } from './aggregate';
import type { Round, WorkshopData } from './types';

/**
 * A critique report: what a workshop found about a map, gathered once from the map (with its
 * workshop data) so that Markdown and PDF say the same thing. Sections: thesis, structure,
 * grounded evaluation (with the reason for every OUT and UNDEC), critique checks, ratings
 * per round, and the map as a figure (added by each writer).
 */
export interface CritiqueReport {
  readonly title: string;
  readonly description: string;
  readonly generatedAt: string;
  readonly theses: readonly { readonly id: Id; readonly text: string }[];
  readonly structure: StructureSummary;
  readonly evaluation: {
    readonly counts: Readonly<Record<Label, number>>;
    readonly rows: readonly { readonly id: Id; readonly text: string; readonly kind: StatementKind; readonly label: Label; readonly why?: string }[];
  };
  readonly lint: readonly { readonly rule: string; readonly summary: string; readonly findings: readonly Finding[] }[];
  readonly ratings: RatingsSection;
}

export interface StructureSummary {
  readonly statements: number;
  readonly byKind: readonly (readonly [StatementKind, number])[];
  readonly inferences: number;
  readonly supports: number;
  readonly attacks: number;
  /** Inferences with two or more premises. */
  readonly linked: number;
  readonly undercuts: number;
  readonly comments: number;
}

export interface RatingsSection {
  /** Statement or inference text by id, for the rows below. */
  readonly names: ReadonlyMap<Id, string>;
  readonly comparison: RoundComparison;
  /** Ratings given outside any round (each person's latest). */
  readonly free: readonly RatingSummary[];
  readonly total: number;
}

export function getStructureSummary(map: ArgumentMap): StructureSummary {
  const count = (keep: (k: StatementKind) => boolean) => map.statements.filter((s) => keep(s.kind)).length;
  const relations = getRelations(map);
  const ofKind = (kind: RelationKind) => map.inferences.filter((i) => relations.kind(i) === kind).length;
  return {
    statements: map.statements.length,
    byKind: STATEMENT_KINDS.map((k) => [k, count((x) => x === k)] as const).filter(([, n]) => n > 0),
    inferences: map.inferences.length,
    supports: ofKind('support'),
    attacks: ofKind('attack'),
    linked: map.inferences.filter(relations.isLinked).length,
    undercuts: ofKind('undercut'),
    comments: map.comments.length,
  };
}

function ratingsSection(map: ArgumentMap, workshop: WorkshopData): RatingsSection {
  const names = new Map<Id, string>(map.statements.map((s) => [s.id, s.text]));
  for (const inf of map.inferences) {
    const premises = inf.premises.map((p) => names.get(p) ?? p).join(' + ');
    names.set(inf.id, inf.label?.trim() || `${premises} → ${names.get(inf.target) ?? inf.target}`);
  }
  const free = [...aggregateRatings(workshop.ratings, 'free').values()];
  return { names, comparison: compareRounds(workshop), free, total: workshop.ratings.length };
}

/** Gathers the report of a map; `now` fixes the date (tests). */
export function buildReport(map: ArgumentMap, options: { now?: Date; workshop?: WorkshopData } = {}): CritiqueReport {
  const workshop = options.workshop ?? map.workshop ?? { ratings: [], rounds: [], scenarios: [] };
  const labelling = evaluate(map);
  const why = createExplainer(map, labelling);
  const rows = map.statements.map((s) => {
    const label = labelling.statements.get(s.id)!;
    return { id: s.id, text: s.text, kind: s.kind, label, ...(label !== 'IN' && { why: why(s.id) }) };
  });
  const counts = { IN: 0, OUT: 0, UNDEC: 0 };
  for (const r of rows) counts[r.label]++;
  const findings = lint(map);
  return {
    title: map.title,
    description: map.description,
    generatedAt: (options.now ?? new Date()).toISOString(),
    theses: map.statements.filter((s) => s.kind === 'thesis').map((s) => ({ id: s.id, text: s.text })),
    structure: getStructureSummary(map),
    evaluation: { counts, rows },
    lint: lintRules
      .map((rule) => ({ rule: rule.id, summary: rule.summary, findings: findings.filter((f) => f.rule === rule.id) }))
      .filter((g) => g.findings.length > 0),
    ratings: ratingsSection(map, workshop),
  };
}

/** "Round 1 (closed)", "Round 2 (open)". */
export const describeRound = (round: Round): string => `${round.name} (${round.closedAt ? 'closed' : 'open'})`;
