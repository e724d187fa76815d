import { getRelations } from '../model/relations';
import type { ArgumentMap, Id, Inference } from '../model/types';
import type { Label, Labelling } from './evaluate';
import { EvaluationError } from './program';
import { listNames, nameInference, nameStatement } from './text';

/**
 * One sentence on why a statement or inference got its label, for a workshop participant:
 *
 *   IN because it is supported by “Trains are full at peak hours” (e1), which is IN, and nothing attacks it
 *   OUT because it is attacked by “The budget is spent” (b), which is IN
 *   UNDEC because it is in an odd cycle of attacks with “B” (b) and “C” (c)
 *   IN: accepted by you (what-if)
 *
 * Only the first reason is given (the first attack that holds, the first support that holds).
 */
export function explain(map: ArgumentMap, labelling: Labelling, id: Id): string {
  return createExplainer(map, labelling)(id);
}

/** explain() for many ids of one labelling, indexing the map once. */
export function createExplainer(map: ArgumentMap, labelling: Labelling): (id: Id) => string {
  const relations = getRelations(map);
  const { statements, inferences, into } = relations;
  const labelOf = (id: Id): Label => labelling.statements.get(id) ?? labelling.inferences.get(id)!;
  const attacksOn = (id: Id) => into(id).filter((i) => relations.kind(i) !== 'support');
  const supportsOf = (id: Id) => into(id).filter((i) => relations.kind(i) === 'support');
  const stmt = (id: Id) => nameStatement(statements.get(id), id);
  const inf = (i: Inference) => nameInference(i, statements);
  const many = (i: Inference) => i.premises.length > 1 && !i.label?.trim();

  /** "which is OUT", "whose step is undercut by …, which is IN": the state of an inference, said after its name. */
  const status = (i: Inference): string => {
    const l = labelOf(i.id);
    if (l === 'IN') return many(i) ? 'which are all IN' : 'which is IN';
    const premise = i.premises.find((p) => labelOf(p) === l);
    if (premise !== undefined) return many(i) ? `of which ${stmt(premise)} is ${l}` : `which is ${l}`;
    const undercut = attacksOn(i.id).find((u) => labelOf(u.id) === (l === 'OUT' ? 'IN' : 'UNDEC'));
    return undercut ? `whose step is undercut by ${inf(undercut)}, which is ${labelOf(undercut.id)}` : `which is ${l}`;
  };

  /**
   * The shortest way from `start` back to itself through nodes with its label, odd cycles of
   * attacks first; `others` lists the statements on it in the direction the attacks run.
   */
  const findCycle = (start: Id, withAttacks: boolean): { others: Id[]; odd: boolean } | undefined => {
    const keep = labelOf(start);
    const prev = new Map<string, string>([[`0|${start}`, '']]);
    const queue = [`0|${start}`];
    const closing: (string | undefined)[] = [undefined, undefined];
    for (let k = 0; k < queue.length && closing[1] === undefined; k++) {
      const bar = queue[k].indexOf('|');
      const parity = Number(queue[k].slice(0, bar));
      const id = queue[k].slice(bar + 1);
      const deps = [...into(id).map((i) => [i.id, relations.kind(i) !== 'support'] as const), ...(inferences.get(id)?.premises ?? []).map((p) => [p, false] as const)];
      for (const [to, attack] of deps) {
        if ((attack && !withAttacks) || labelOf(to) !== keep) continue;
        // A circle of support explains an OUT only where nothing else knocked it out.
        if (!withAttacks && attacksOn(to).some((a) => labelOf(a.id) === 'IN')) continue;
        const next = parity ^ (attack ? 1 : 0);
        if (to === start) closing[next] ??= queue[k];
        else if (!prev.has(`${next}|${to}`)) {
          prev.set(`${next}|${to}`, queue[k]);
          queue.push(`${next}|${to}`);
        }
      }
    }
    const last = closing[1] ?? closing[0];
    if (last === undefined) return undefined;
    const others: Id[] = [];
    for (let s = last; s !== `0|${start}`; s = prev.get(s)!) {
      const id = s.slice(s.indexOf('|') + 1);
      if (statements.has(id) && id !== start && !others.includes(id)) others.push(id);
    }
    return { others, odd: closing[1] !== undefined };
  };

  const undecided = (id: Id, what: string): string | undefined => {
    const cycle = findCycle(id, true);
    if (!cycle) return undefined;
    const names = listNames(cycle.others.map(stmt));
    if (cycle.odd) return cycle.others.length ? `UNDEC because ${what} is in an odd cycle of attacks with ${names}: no consistent choice settles it` : `UNDEC because ${what} attacks itself`;
    return `UNDEC because ${what} is in a cycle of attacks with ${names} that either side could win; grounded semantics does not pick a side (preferred semantics shows each outcome)`;
  };

  const explainStatement = (id: Id, label: Label): string => {
    const attacks = attacksOn(id);
    const supports = supportsOf(id);
    const attackStates = attacks.map((a) => `${inf(a)}, ${status(a)}`).join('; ');
    if (label === 'IN') {
      const sup = supports.find((s) => labelOf(s.id) === 'IN');
      if (!sup) return attacks.length ? `IN because it stands as a premise and every attack on it fails: ${attackStates}` : 'IN because nothing supports or attacks it: it stands as a premise';
      const premises = many(sup) || sup.label?.trim() ? 'whose premises are all IN' : 'which is IN';
      return `IN because it is supported by ${inf(sup)}, ${premises}, and ${attacks.length ? 'no attack on it is IN' : 'nothing attacks it'}`;
    }
    if (label === 'OUT') {
      const attack = attacks.find((a) => labelOf(a.id) === 'IN');
      if (attack) return `OUT because it is attacked by ${inf(attack)}, ${status(attack)}`;
      const circle = findCycle(id, false);
      if (circle) return `OUT because its support goes round in a circle (through ${listNames(circle.others.map(stmt))}) and nothing outside the circle holds it up`;
      if (supports.length === 1) return `OUT because its only support fails: ${inf(supports[0])}, ${status(supports[0])}`;
      return `OUT because none of its supports holds: ${supports.map((s) => `${inf(s)}, ${status(s)}`).join('; ')}`;
    }
    const cycle = undecided(id, 'it');
    if (cycle) return cycle;
    const attack = attacks.find((a) => labelOf(a.id) === 'UNDEC');
    if (attack) return `UNDEC because it is attacked by ${inf(attack)}, ${status(attack)}, and nothing settles that attack`;
    const sup = supports.find((s) => labelOf(s.id) === 'UNDEC');
    return sup ? `UNDEC because it rests on ${inf(sup)}, ${status(sup)}` : 'UNDEC';
  };

  const explainInference = (i: Inference, label: Label): string => {
    const undercuts = attacksOn(i.id);
    if (label === 'IN') {
      const premises = i.premises.length > 1 ? `its premises ${listNames(i.premises.map(stmt))} are all IN` : `its premise ${stmt(i.premises[0])} is IN`;
      return `IN because ${premises} and ${undercuts.length ? 'every undercut of it is OUT' : 'nothing undercuts it'}`;
    }
    const undercut = undercuts.find((u) => labelOf(u.id) === (label === 'OUT' ? 'IN' : 'UNDEC'));
    const premise = i.premises.find((p) => labelOf(p) === label);
    if (label === 'UNDEC') {
      const cycle = undecided(i.id, 'this step');
      if (cycle) return cycle;
    }
    if (undercut && (label === 'OUT' || premise === undefined)) return `${label} because it is undercut by ${inf(undercut)}, ${status(undercut)}`;
    return premise !== undefined ? `${label} because its premise ${stmt(premise)} is ${label}` : label;
  };

  return (id) => {
    const label = labelOf(id);
    if (label === undefined) throw new EvaluationError(`there is no statement or inference with id "${id}"`);
    if (labelling.accepted.includes(id)) return `${label}: accepted by you (what-if)`;
    if (labelling.rejected.includes(id)) return `${label}: rejected by you (what-if)`;
    const inference = inferences.get(id);
    return inference ? explainInference(inference, label) : explainStatement(id, label);
  };
}
