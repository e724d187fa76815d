/**
 * Relation clean-up that Argdown's own model applies, so the importer sees the graph Argdown sees:
 * - a relation from an argument with a premise–conclusion structure starts at its main conclusion
 *   (`<A> +> [T]` means: A's conclusion supports T);
 * - an undercut of such an argument targets its final inference step;
 * - repeated relations count once;
 * - `[X] -> <A>` is dropped when X already attacks (or contradicts) a premise of A.
 */
import type { ArgdownDocument, NodeRef, Relation } from './document';

const key = (r: NodeRef): string => (r.kind === 'inference' ? `i:${r.argument}:${r.conclusion}` : `${r.kind[0]}:${r.title}`);

export function normalizeRelations(doc: ArgdownDocument): Relation[] {
  const pcsOf = (ref: NodeRef) => (ref.kind === 'argument' ? doc.arguments.get(ref.title)?.pcs : undefined);
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of doc.relations) {
    let { from, to } = r;
    const fromPcs = pcsOf(from);
    if (fromPcs) from = { kind: 'statement', title: fromPcs.titles.at(-1)! };
    const toPcs = pcsOf(to);
    if (toPcs && r.type === 'undercut' && to.kind === 'argument') to = { kind: 'inference', argument: to.title, conclusion: toPcs.titles.length - 1 };
    const k = `${r.type} ${key(from)} ${key(to)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ ...r, from, to });
  }
  return out.filter((r) => {
    const pcs = pcsOf(r.to);
    if (r.type !== 'attack' || r.from.kind !== 'statement' || r.to.kind !== 'argument' || !pcs) return true;
    const conclusions = new Set(pcs.steps.map((s) => s.conclusion));
    const premises = new Set(pcs.titles.filter((_, i) => !conclusions.has(i)).map((t) => key({ kind: 'statement', title: t })));
    const x = key(r.from);
    return !out.some(
      (o) =>
        (o.type === 'attack' && key(o.from) === x && premises.has(key(o.to))) ||
        (o.type === 'contradictory' && ((key(o.from) === x && premises.has(key(o.to))) || (key(o.to) === x && premises.has(key(o.from))))),
    );
  });
}
