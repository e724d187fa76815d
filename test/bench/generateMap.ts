import {
  createEmptyMap,
  type ArgumentMap,
  type Id,
  type Inference,
  type Polarity,
  type Statement,
  type StatementKind,
} from '../../core/model/types';
import { createRng } from '../helpers/rng';
import { testInference, testStatement } from '../helpers/ids';

/**
 * Seeded generator of argument-like maps for layout tests and the benchmark.
 *
 * Shape: a few theses (one per ~250 statements), each growing a tree of reasons and
 * objections (a new statement answers an earlier one of the same tree, recent ones
 * more often, so branches get deep as real debates do); ~15 % of inferences join
 * 2–3 linked premises; ~30 % are attacks; ~3 % of inferences are undercuts; cross
 * links (~10 % of statements) let an existing statement also bear on another one,
 * mostly within its own tree; ~2 % are free-floating notes.
 */

export interface GenerateOptions {
  readonly seed?: number;
  readonly crossLinkRate?: number;
}

const WORDS = (
  'the policy would reduce costs for most households because energy prices fall when supply grows ' +
  'evidence from several studies suggests that this effect is small and short lived in practice ' +
  'critics argue regulation harms innovation while supporters point to public health benefits ' +
  'data survey report shows rate increase decline trend region country city market people ' +
  'therefore however although unless only if not clearly likely significant'
).split(' ');

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** Texts from one short line to a long paragraph: mostly 6–25 words, sometimes ~60. */
function statementText(random: () => number): string {
  const r = random();
  const words = r < 0.1 ? 3 + Math.floor(random() * 4) : r < 0.9 ? 6 + Math.floor(random() * 20) : 30 + Math.floor(random() * 35);
  return sentence(random, words);
}

const KINDS: readonly StatementKind[] = ['claim', 'claim', 'claim', 'evidence', 'evidence', 'assumption', 'question'];

/** An argument-like map of `n` statements; the same seed gives the same map. */
export function generateMap(n: number, options: GenerateOptions = {}): ArgumentMap {
  const random = createRng(options.seed ?? 1).next;
  const crossLinkRate = options.crossLinkRate ?? 0.1;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const statements: Statement[] = [];
  const inferences: Inference[] = [];
  const treeOf: number[] = [];
  const trees: Id[][] = [];
  const bearers = new Map<Id, Id[]>(); // statements that support or attack a statement directly

  const addStatement = (kind: StatementKind, tree: number): Id => {
    const id = `s${statements.length + 1}`;
    statements.push(testStatement({ id, text: statementText(random), kind }));
    treeOf.push(tree);
    if (tree >= 0) trees[tree].push(id);
    bearers.set(id, []);
    return id;
  };
  const addInference = (premises: Id[], target: Id, polarity: Polarity): Inference => {
    const inf: Inference = testInference({ id: `i${inferences.length + 1}`, premises, target, polarity });
    inferences.push(inf);
    const targetStatement = inferences.find((i) => i.id === target)?.target ?? target;
    bearers.get(targetStatement)!.push(...premises);
    return inf;
  };
  /** True when `from` bears on `to`, directly or through a chain of inferences. */
  const bearsOn = (from: Id, to: Id): boolean => {
    const seen = new Set<Id>();
    const stack = [to];
    while (stack.length) {
      const id = stack.pop()!;
      for (const b of bearers.get(id)!) {
        if (b === from) return true;
        if (seen.has(b)) continue;
        seen.add(b);
        stack.push(b);
      }
    }
    return false;
  };
  /** A recent statement of the tree, more often than an old one: branches grow deep. */
  const pickParent = (tree: Id[]): Id => tree[Math.floor(tree.length * Math.sqrt(random()))];

  const thesisCount = Math.max(1, Math.round(n / 250));
  for (let t = 0; t < thesisCount; t++) {
    trees.push([]);
    addStatement('thesis', t);
  }
  const treeInferences: Inference[] = [];
  while (statements.length < n) {
    if (random() < 0.02) {
      addStatement('note', -1);
      continue;
    }
    const tree = Math.floor(random() * thesisCount);
    const polarity: Polarity = random() < 0.3 ? 'attack' : 'support';
    if (treeInferences.length > 10 && random() < 0.03) {
      const target = pick(treeInferences);
      addInference([addStatement(pick(KINDS), tree)], target.id, 'attack');
      continue;
    }
    const parent = pickParent(trees[tree]);
    const linked = random() < 0.15 ? 2 + Math.floor(random() * 2) : 1;
    const premises: Id[] = [];
    for (let k = 0; k < linked && statements.length < n; k++) premises.push(addStatement(pick(KINDS), tree));
    treeInferences.push(addInference(premises, parent, polarity));
  }

  // Cross links: an existing statement also bears on another one, never on itself or
  // on what it already bears on, nor on what bears on it: cross links add no cycle.
  const crossLinks = Math.round(n * crossLinkRate);
  for (let made = 0, tries = 0; made < crossLinks && tries < crossLinks * 20; tries++) {
    const premise = pick(statements);
    const tree = treeOf[Number(premise.id.slice(1)) - 1];
    if (tree < 0) continue;
    const targetTree = random() < 0.85 ? trees[tree] : pick(trees);
    const target = pick(targetTree);
    if (target === premise.id || bearsOn(target, premise.id) || bearers.get(target)!.includes(premise.id)) continue;
    addInference([premise.id], target, random() < 0.35 ? 'attack' : 'support');
    made++;
  }
  return { ...createEmptyMap(`Generated map of ${n} statements (seed ${options.seed ?? 1})`), statements, inferences };
}
