import { createStatement } from '../model/types';
import { asInferenceId, asStatementId } from '../model/ids';
import { getDirectPremises, getRelations } from '../model/relations';
import type { ArgumentMap, Id, Inference, Statement } from '../model/types';
import { getMapSubset } from '../ops/subset';
import { FigureOptionError, type FigureOptions } from './options';

/**
 * The statements a figure shows. A branch is a statement with everything that bears on it:
 * premises of the inferences into it, undercutters of those inferences, and so on upward.
 * A focus is everything within N steps (one step crosses one inference either way).
 * A collapsed statement keeps its place, and its branch becomes one "+N more" stub.
 * Worked example: t ← a, a ← b, b ← c; branch from a = {a, b, c}; focus b 1 step = {a, b, c};
 * collapse a → {t, a, stub "+2 more"} with the stub supporting a.
 */

/** A statement's branch: itself and everything that bears on it, directly or through others. */
export function getBranch(map: ArgumentMap, root: Id): Set<Id> {
  const relations = getRelations(map);
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    for (const p of getDirectPremises(relations, queue.pop()!)) {
      if (seen.has(p)) continue;
      seen.add(p);
      queue.push(p);
    }
  }
  return seen;
}

/** Everything within `steps` inferences of `root`: one step crosses an inference touching a statement, its undercuts and the step it undercuts. */
function getFocus(map: ArgumentMap, root: Id, steps: number): Set<Id> {
  const relations = getRelations(map);
  const seen = new Set([root]);
  let frontier = [root];
  for (let k = 0; k < steps && frontier.length; k++) {
    const next: Id[] = [];
    const reach = (inf: Inference | undefined) => {
      for (const m of inf ? [...inf.premises, inf.target] : []) {
        if (seen.has(m) || !relations.statements.has(m)) continue;
        seen.add(m);
        next.push(m);
      }
    };
    for (const id of frontier) {
      for (const inf of [...relations.into(id), ...relations.outOf(id)]) {
        reach(inf);
        relations.undercutsOf(inf.id).forEach(reach);
        reach(relations.inferences.get(inf.target));
      }
    }
    frontier = next;
  }
  return seen;
}

function requireStatement(map: ArgumentMap, id: string): void {
  if (!getRelations(map).statements.has(id)) throw new FigureOptionError(`the map has no statement "${id.slice(0, 64)}"`);
}

/** Replaces the branch of each collapsed statement by a stub card saying how many statements it stands for. */
export function collapseBranches(map: ArgumentMap, collapse: readonly string[], label = (n: number, _id: string) => `+${n} more`): ArgumentMap {
  const hidden = new Set<string>();
  const stubs: Statement[] = [];
  const links: Inference[] = [];
  const { statements } = getRelations(map);
  for (const id of collapse) {
    if (!statements.has(id)) continue; // nothing bears on what is not a statement
    const branch = getBranch(map, id);
    branch.delete(id);
    const fresh = [...branch].filter((s) => !hidden.has(s));
    if (fresh.length === 0) continue;
    fresh.forEach((s) => hidden.add(s));
    const stub = asStatementId(`more:${id}`);
    stubs.push(createStatement({ id: stub, kind: 'note', text: label(fresh.length, id) }));
    links.push({ id: asInferenceId(`more-link:${id}`), premises: [stub], target: id, polarity: 'support' });
  }
  const kept = getMapSubset(map, new Set(map.statements.filter((s) => !hidden.has(s.id)).map((s) => s.id)));
  return { ...kept, statements: [...kept.statements, ...stubs], inferences: [...kept.inferences, ...links] };
}

/** The part of the map the options ask for, collapsed branches as stubs. */
export function selectFigureMap(map: ArgumentMap, o: Pick<FigureOptions, 'what' | 'ids' | 'root' | 'steps' | 'collapse'>): ArgumentMap {
  let ids: Set<string> | undefined;
  if (o.what === 'selection') {
    for (const id of o.ids ?? []) requireStatement(map, id);
    ids = new Set(o.ids);
  } else if (o.what === 'branch' || o.what === 'focus') {
    requireStatement(map, o.root!);
    ids = o.what === 'branch' ? getBranch(map, o.root!) : getFocus(map, o.root!, o.steps ?? 1);
  }
  const part = ids ? getMapSubset(map, ids) : map;
  for (const id of o.collapse ?? []) requireStatement(part, id);
  return o.collapse?.length ? collapseBranches(part, o.collapse) : part;
}
