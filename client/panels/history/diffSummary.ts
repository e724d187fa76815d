import { type ArgumentMap, type Inference, type RelationKind, type Statement, getRelations } from '../../../core/model';
import { diffMaps } from '../../../core/history';
import type { Badge, Layer } from '../../store/layers';

/**
 * A version compared with the current map, in the words of the history panel.
 *
 * Worked example: the version has statements a "Trees cool cities" and b, and b supports a;
 * now a reads "Trees cool streets", b is gone and c is new. Then
 *   statements: c added, a changed (text), b removed (listed with its old text)
 *   relations:  "b supports a" removed
 * and the canvas outlines c green and a amber. Statements that were only moved or folded are
 * counted as `moved`, not highlighted: after an auto layout everything moves.
 */
export type ChangeKind = 'added' | 'changed' | 'removed';

export interface DiffItem {
  readonly id: string;
  readonly change: ChangeKind;
  readonly text: string;
  /** For changes: which fields, in words. */
  readonly detail?: string;
}

export interface DiffSummary {
  readonly statements: readonly DiffItem[];
  readonly relations: readonly DiffItem[];
  readonly moved: number;
  readonly meta: readonly string[];
  readonly comments: number;
}

const LAYOUT_ONLY = new Set(['position', 'pinned', 'collapsed']);
const FIELD_WORDS: Record<string, string> = {
  text: 'text', kind: 'kind', tags: 'tags', anchors: 'source anchors', color: 'colour label',
  premises: 'premises', target: 'target', polarity: 'support/attack', label: 'title', scheme: 'scheme',
};

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s) || '(empty statement)';

/** "“Premise” supports “Target”", in the words of a relation of this kind (core/model/relations). */
export function describeRelation(inf: Inference, texts: ReadonlyMap<string, string>, kind: RelationKind): string {
  const premises = inf.premises.map((p) => `“${short(texts.get(p) ?? p, 40)}”`).join(' + ');
  if (kind === 'undercut') return `${premises} undercuts an inference`;
  return `${premises} ${kind === 'support' ? 'supports' : 'attacks'} “${short(texts.get(inf.target) ?? inf.target, 40)}”`;
}

/** What changed from `version` to `current`. */
export function summarizeDiff(version: ArgumentMap, current: ArgumentMap): DiffSummary {
  const d = diffMaps(version, current);
  const texts = new Map<string, string>([...version.statements, ...current.statements].map((s: Statement) => [s.id, s.text]));
  const nowText = new Map<string, string>(current.statements.map((s) => [s.id, s.text]));
  // A relation is described as it is in the map it belongs to: removed ones as they were.
  const was = getRelations(version);
  const is = getRelations(current);
  const statements: DiffItem[] = [];
  let moved = 0;
  for (const s of d.statements.added) statements.push({ id: s.id, change: 'added', text: short(s.text) });
  for (const c of d.statements.changed) {
    const fields = c.fields.filter((f) => !LAYOUT_ONLY.has(f));
    if (fields.length === 0) moved++;
    else statements.push({ id: c.id, change: 'changed', text: short(nowText.get(c.id) ?? ''), detail: fields.map((f) => FIELD_WORDS[f] ?? f).join(', ') });
  }
  for (const s of d.statements.removed) statements.push({ id: s.id, change: 'removed', text: short(s.text) });
  const relations: DiffItem[] = [
    ...d.inferences.added.map((i) => ({ id: i.id, change: 'added' as const, text: describeRelation(i, texts, is.kind(i)) })),
    ...d.inferences.changed.map((c) => ({
      id: c.id, change: 'changed' as const, text: describeRelation(is.inferences.get(c.id)!, texts, is.kind(is.inferences.get(c.id)!)),
      detail: c.fields.map((f) => FIELD_WORDS[f] ?? f).join(', '),
    })),
    ...d.inferences.removed.map((i) => ({ id: i.id, change: 'removed' as const, text: describeRelation(i, texts, was.kind(i)) })),
  ];
  const comments = d.comments.added.length + d.comments.removed.length + d.comments.changed.length;
  return { statements, relations, moved, meta: d.meta, comments };
}

const BADGE: Record<'added' | 'changed', Badge> = {
  added: { text: '+ new', title: 'Added since this version', tone: 'diff-added' },
  changed: { text: '± changed', title: 'Changed since this version', tone: 'diff-changed' },
};

/** Canvas highlights for a comparison: added statements green, changed amber (removed ones are not on the canvas). */
export function getDiffLayer(summary: DiffSummary): Layer {
  const classes = new Map<string, string>();
  const badges = new Map<string, readonly Badge[]>();
  for (const item of summary.statements) {
    if (item.change === 'removed') continue;
    classes.set(item.id, `diff-${item.change}`);
    badges.set(item.id, [BADGE[item.change]]);
  }
  return { classes, badges };
}

/** How many differences there are, in total. */
export const countChanges = (s: DiffSummary) => s.statements.length + s.relations.length + s.meta.length + s.comments + (s.moved > 0 ? 1 : 0);
