import * as Y from 'yjs';
import { type ArgumentMap, type Inference, validateMap } from '../../core/model';
import { checkOps } from '../../core/ops';
import { lint } from '../../core/semantics';
import { readMap, setRating } from '../../core/sync';
import { type MapStore, createMapStore } from '../../client/store/mapStore';
import { createDocFromMap } from '../../core/sync';
import { notationMap } from './mapNotation';
import { randomOps } from './randomOps';
import { createRng } from './rng';

/**
 * A deterministic sync fuzz in the spirit of tldraw's: peers (the real map store on a real
 * Y.Doc each) edit through the core structure functions and store.dispatch, and the seed alone
 * chooses who edits, which message is delivered next, and who disconnects or reconnects (no
 * clocks, no sockets: the same seed replays the same run). After every step every peer's map
 * must keep the model's invariants and equal a full read of its document; at the end, with
 * everyone reconnected, all peers must hold the same map.
 */
export interface FuzzOptions {
  readonly peers?: number;
  readonly steps?: number;
  /** Filled in as the run goes, so a test can show that the run met what an invariant is about. */
  readonly stats?: FuzzStats;
}

export interface FuzzStats {
  /** Peer-steps at which a peer's map held a support circle. */
  circles: number;
  /** Times a support circle appeared on a peer when a message or a resync arrived (made by merging, not by its own edit). */
  mergedCircles: number;
}

interface Peer {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly store: MapStore;
  online: boolean;
}

/** Why a map breaks the model (undefined when it does not). */
export function findBrokenInvariant(map: ArgumentMap): string | undefined {
  const statements = new Set<string>(map.statements.map((s) => s.id));
  const inferences = new Map<string, Inference>(map.inferences.map((i) => [i.id, i]));
  for (const inf of map.inferences) {
    const missing = inf.premises.find((p) => !statements.has(p));
    if (missing) return `${inf.id}: premise ${missing} does not exist`;
    if (!statements.has(inf.target) && !inferences.has(inf.target)) return `${inf.id}: target ${inf.target} does not exist`;
    if (inferences.has(inf.target) && inf.polarity !== 'attack') return `${inf.id}: supports an inference`;
    // A statement may attack itself (a self-attacking argument, as in the model since self-attack); never support itself.
    if (inf.polarity === 'support' && inf.premises.some((p) => p === inf.target)) return `${inf.id}: a statement supports itself`;
    const seen = new Set([inf.id]);
    for (let at = inferences.get(inf.target); at; at = inferences.get(at.target)) {
      if (seen.has(at.id)) return `${inf.id}: undercuts question each other in a circle`;
      seen.add(at.id);
    }
  }
  for (const c of map.comments) if (!statements.has(c.target) && !inferences.has(c.target)) return `comment ${c.id}: target ${c.target} does not exist`;
  const valid = validateMap(map);
  return valid.ok ? undefined : `invalid map: ${valid.issues[0].path} ${valid.issues[0].message}`;
}

/**
 * Support circles are allowed (a person may be mapping circular reasoning in a text) and two
 * peers can close one between them without either edit making it, so no op refuses them;
 * the invariant is that lint always says so. Returns why not: a statement on a support circle
 * (brute force: it reaches itself over premise → conclusion support steps) that no
 * circular-support finding names, or a finding naming statements not on one circle together.
 */
export function findUnflaggedCircle(map: ArgumentMap): string | undefined {
  const on = statementsOnSupportCircles(map);
  const reach = (from: string) => reachableBySupport(map, from);
  const flagged = new Set<string>();
  for (const f of lint(map).filter((x) => x.rule === 'circular-support')) {
    const group = f.related ?? [];
    for (const id of group) {
      flagged.add(id);
      const other = group.find((o) => o !== id && !reach(id).has(o));
      if (!on.has(id) || other) return `lint calls ${group.join(', ')} a support circle, but ${id} ${other ? `does not reach ${other}` : 'is on no circle'}`;
    }
  }
  const missed = [...on].find((id) => !flagged.has(id));
  return missed && `${missed} is on a support circle that lint does not report`;
}

function reachableBySupport(map: ArgumentMap, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length) {
    const at = todo.pop()!;
    for (const inf of map.inferences) {
      if (inf.polarity !== 'support' || !inf.premises.some((p) => p === at) || seen.has(inf.target)) continue;
      seen.add(inf.target);
      todo.push(inf.target);
    }
  }
  return seen;
}

function statementsOnSupportCircles(map: ArgumentMap): Set<string> {
  return new Set(map.statements.map((s) => s.id).filter((id) => reachableBySupport(map, id).has(id)));
}

const START = ['i1: a > t', 'i2: b > t', 'u1: u x i2', 'i3: c x t', 'i4: s > a'];

/** Runs one seed; returns undefined when every invariant held, else what broke and at which step. */
export function runSyncFuzz(seed: number, { peers: count = 3, steps = 120, stats }: FuzzOptions = {}): string | undefined {
  const rng = createRng(seed);
  const origin = createDocFromMap(notationMap(START, ['v', 'w']));
  const seedUpdate = Y.encodeStateAsUpdate(origin);
  const peers: Peer[] = Array.from({ length: count }, (_, k) => {
    const doc = new Y.Doc();
    doc.clientID = k + 1; // deterministic merges: Yjs breaks ties by client id
    Y.applyUpdate(doc, seedUpdate, 'seed');
    return { name: `p${k}`, doc, store: createMapStore(`fuzz-${k}`, doc), online: true };
  });
  // Messages in flight, per link, in send order (a link is a peer's connection through the server).
  const queues = new Map<string, Uint8Array[]>();
  const link = (from: Peer, to: Peer) => `${from.name}>${to.name}`;
  for (const from of peers) {
    from.doc.on('update', (update: Uint8Array, o: unknown) => {
      if (o === 'net' || !from.online) return; // offline edits reach others on reconnect, by state vectors
      for (const to of peers) if (to !== from && to.online) queues.set(link(from, to), [...(queues.get(link(from, to)) ?? []), update]);
    });
  }
  const resync = (a: Peer, b: Peer) => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'net');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'net');
  };
  let ids = 0;
  const newId = () => `f${seed}-${++ids}`;
  const hadCircle = new Map<Peer, boolean>();
  const check = (step: number, what: string): string | undefined => {
    for (const p of peers) {
      const mirror = p.store.state.getState().map;
      const broken = findBrokenInvariant(mirror) ?? findUnflaggedCircle(mirror);
      if (broken) return `seed ${seed}, step ${step} (${what}), ${p.name}: ${broken}`;
      const circle = statementsOnSupportCircles(mirror).size > 0;
      if (stats && circle) stats.circles++;
      if (stats && circle && !hadCircle.get(p) && !what.startsWith(`${p.name} edits`)) stats.mergedCircles++;
      hadCircle.set(p, circle);
      if (JSON.stringify(sortMap(mirror)) !== JSON.stringify(sortMap(readMap(p.doc).map))) return `seed ${seed}, step ${step} (${what}), ${p.name}: the store differs from a full read of its document`;
    }
    return undefined;
  };
  try {
    for (let step = 0; step < steps; step++) {
      const p = rng.pick(peers);
      const roll = rng.int(20);
      let what: string;
      if (roll < 9) {
        const map = p.store.state.getState().map;
        const ops = randomOps(rng, map, newId);
        what = `${p.name} edits ${ops?.map((o) => o.type).join('+') ?? '(nothing)'}`;
        if (process.env.FUZZ_DEBUG) console.log(what);
        if (ops) {
          const refused = checkOps(map, ops);
          if (refused) return `seed ${seed}, step ${step}: a core function made ops the model refuses: ${refused}`;
          p.store.dispatch(ops);
        }
      } else if (roll < 10) {
        what = `${p.name} rates`;
        const targets = p.store.state.getState().map.statements;
        if (targets.length) setRating(p.doc, { participant: p.name, target: rng.pick(targets).id, stance: rng.chance(0.5) ? 'agree' : 'disagree', confidence: 1 + rng.int(5), at: '2026-01-01T00:00:00Z' });
      } else if (roll < 17) {
        const pending = [...queues.entries()].filter(([, q]) => q.length > 0);
        what = 'deliver';
        if (pending.length) {
          const [key, queue] = rng.pick(pending);
          const to = peers.find((x) => x.name === key.split('>')[1])!;
          Y.applyUpdate(to.doc, queue.shift()!, 'net');
          what = `deliver ${key}`;
        }
      } else if (roll < 19 && p.online) {
        what = `${p.name} disconnects`;
        p.online = false;
        for (const key of queues.keys()) if (key.includes(p.name)) queues.set(key, []);
      } else {
        what = `${p.name} reconnects`;
        if (!p.online) {
          p.online = true;
          for (const other of peers) if (other !== p && other.online) resync(p, other);
        }
      }
      const broken = check(step, what);
      if (broken) return broken;
    }
    for (const p of peers) p.online = true;
    for (const a of peers) for (const b of peers) if (a !== b) resync(a, b);
    const end = check(steps, 'all reconnected');
    if (end) return end;
    const maps = peers.map((p) => JSON.stringify(sortMap(p.store.state.getState().map)));
    if (process.env.FUZZ_DEBUG && maps.some((m) => m !== maps[0])) {
      const [a, b] = maps.map((m) => JSON.parse(m) as Record<string, unknown[]>);
      for (const k of Object.keys(a)) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) console.log(k, JSON.stringify(a[k]), '\n', JSON.stringify(b[k]));
    }
    if (maps.some((m) => m !== maps[0])) return `seed ${seed}: peers did not converge`;
    return undefined;
  } finally {
    peers.forEach((p) => p.store.destroy());
  }
}

/** Records in id order (Y.Map iteration order may differ between peers that merged in another order). */
function sortMap(map: ArgumentMap): ArgumentMap {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const key = (r: { participant: string; target: string; round?: string }) => `${r.participant}|${r.target}|${r.round ?? ''}`;
  const workshop = map.workshop && { ...map.workshop, ratings: [...map.workshop.ratings].sort((a, b) => (key(a) < key(b) ? -1 : 1)) };
  return { ...map, statements: byId(map.statements), inferences: byId(map.inferences), comments: byId(map.comments), sources: byId(map.sources), ...(workshop && { workshop }) };
}
