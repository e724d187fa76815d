import { type ArgumentMap, getConclusion, getRecordsById, getRelations } from '../../core/model';

export type Step = 'toConclusion' | 'toPremise' | 'prevSibling' | 'nextSibling';

/**
 * Where arrow keys move the selection: towards the conclusion, into the first premise, or to
 * the previous / next premise of the same conclusion (sorted by position along the layer).
 */
export function getNeighbour(map: ArgumentMap, from: string, step: Step): string | undefined {
  const byId = getRecordsById(map.statements);
  const along = (id: string) => {
    const p = byId.get(id)?.position;
    return p ? (map.direction === 'TB' ? p.x : p.y) : 0;
  };
  const relations = getRelations(map);
  // An undercut's target is an inference: go on to that inference's conclusion.
  const conclusionOf = (id: string) => {
    const inf = relations.outOf(id)[0];
    return inf && getConclusion(relations, inf);
  };
  const premisesOf = (id: string) => relations.into(id).flatMap((i) => i.premises).sort((a, b) => along(a) - along(b));
  switch (step) {
    case 'toConclusion':
      return conclusionOf(from);
    case 'toPremise':
      return premisesOf(from)[0];
    case 'prevSibling':
    case 'nextSibling': {
      const parent = conclusionOf(from);
      if (!parent) return undefined;
      const siblings = [...new Set(premisesOf(parent))];
      const i = siblings.findIndex((s) => s === from);
      return siblings[i + (step === 'nextSibling' ? 1 : -1)];
    }
  }
}

/** Arrow key → step, by layout direction (TB: up is towards the conclusion; LR: left is). */
export function stepForKey(key: string, direction: ArgumentMap['direction']): Step | undefined {
  const tb: Record<string, Step> = { arrowup: 'toConclusion', arrowdown: 'toPremise', arrowleft: 'prevSibling', arrowright: 'nextSibling' };
  const lr: Record<string, Step> = { arrowleft: 'toConclusion', arrowright: 'toPremise', arrowup: 'prevSibling', arrowdown: 'nextSibling' };
  return (direction === 'TB' ? tb : lr)[key.toLowerCase()];
}
