import { type ArgumentMap, type Inference, type Statement, STATEMENT_KINDS, createEmptyMap } from '../../core/model';
import type { Rng } from './rng';
import { cid, iid, testStatement } from './ids';

const WORDS = ['trees', 'cool', 'cities', 'cost', 'money', 'shade', 'roots', 'water', 'birds', 'people'];

export const randomText = (rng: Rng) => Array.from({ length: 1 + rng.int(6) }, () => rng.pick(WORDS)).join(' ');

/** A valid random map whose ids come from a small pool, so two random maps overlap. */
export function randomMap(rng: Rng, title = 'Random map'): ArgumentMap {
  const statements: Statement[] = [];
  for (let i = 0; i < 12; i++) {
    if (!rng.chance(0.6)) continue;
    statements.push(testStatement({
      id: `s${i}`,
      text: randomText(rng),
      kind: rng.pick(STATEMENT_KINDS),
      tags: rng.chance(0.3) ? [rng.pick(WORDS)] : [],
      ...(rng.chance(0.7) && { position: { x: rng.int(5) * 100, y: rng.int(5) * 100 } }),
      ...(rng.chance(0.2) && { pinned: true }),
      ...(rng.chance(0.2) && { color: rng.pick(['red', 'blue']) }),
    }));
  }
  const inferences: Inference[] = [];
  for (let i = 0; i < 8 && statements.length >= 2; i++) {
    if (!rng.chance(0.6)) continue;
    const undercut = inferences.length > 0 && rng.chance(0.2);
    const target = undercut ? rng.pick(inferences).id : rng.pick(statements).id;
    const premise = rng.pick(statements.filter((s) => s.id !== target)).id;
    inferences.push({ id: iid(`i${i}`), premises: [premise], target, polarity: undercut || rng.chance(0.5) ? 'attack' : 'support' });
  }
  const targets = [...statements.map((s) => s.id), ...inferences.map((i) => i.id)];
  const comments = targets.length === 0 ? [] : Array.from({ length: rng.int(4) }, (_, i) => ({
    id: cid(`c${i}`), target: rng.pick(targets), author: 'Ann', text: randomText(rng), createdAt: '2024-01-01T00:00:00.000Z',
    ...(rng.chance(0.3) && { resolved: true }),
  }));
  return {
    ...createEmptyMap(rng.chance(0.5) ? title : `${title} (edited)`),
    description: rng.chance(0.5) ? '' : randomText(rng),
    direction: rng.chance(0.5) ? 'TB' : 'LR',
    statements,
    inferences,
    comments,
  };
}

/** A map with its lists sorted by id, for comparisons that ignore order. */
export function sortedMap(map: ArgumentMap): ArgumentMap {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { ...map, statements: byId(map.statements), inferences: byId(map.inferences), comments: byId(map.comments), sources: byId(map.sources) };
}
