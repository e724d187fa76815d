import { describe, expect, it } from 'vitest';
import { aifImport } from '../../../core/formats/aif';
import { argdownImport } from '../../../core/formats/argdown';
import { type ArgumentMap, createEmptyMap, validateMap } from '../../../core/model';
import { buildScene } from '../../../core/render';
import { type Labelling, evaluate, explain } from '../../../core/semantics';
import { type Attacks, dungExtensions, randomFramework } from '../../helpers/dungOracle';
import { createRng } from '../../helpers/rng';
import { runArgdown } from '../../fixtures/formats/argdownOracle';

/**
 * Self-attacking statements (Dung's self-attacking arguments) survive every way into a map —
 * the file format, AIF and Argdown — and evaluate as Dung says: a lone self-attacker is
 * UNDEC in grounded, and random frameworks with self-attacks agree with the brute-force solver.
 */

/** The framework as an AIF file written here by hand, not by Warrant's exporter: I-nodes s0…, one CA-node per attack. */
function frameworkAsAif(n: number, attacks: Attacks): string {
  const nodes = [
    ...Array.from({ length: n }, (_, i) => ({ nodeID: String(i + 1), type: 'I', text: `Statement ${i}` })),
    ...attacks.map((_, k) => ({ nodeID: String(100 + k), type: 'CA', text: 'Default Conflict' })),
  ];
  const edges = attacks.flatMap(([a, b], k) => [
    { edgeID: `${k}a`, fromID: String(a + 1), toID: String(100 + k) },
    { edgeID: `${k}b`, fromID: String(100 + k), toID: String(b + 1) },
  ]);
  return JSON.stringify({ nodes, edges, locutions: [] });
}

/** The framework in Argdown: each statement defined, then its outgoing attacks. */
function frameworkAsArgdown(n: number, attacks: Attacks): string {
  const defs = Array.from({ length: n }, (_, i) => `[s${i}]: Statement ${i}\n`);
  const rels = Array.from({ length: n }, (_, a) => attacks.filter(([x]) => x === a).map(([, b]) => `  -> [s${b}]\n`).join(''))
    .map((lines, a) => (lines ? `[s${a}]\n${lines}` : ''))
    .filter(Boolean);
  return [...defs, ...rels].join('\n');
}

/** The attacks @argdown/core reads in a text, by statement title s0…: the Argdown oracle. */
function attacksArgdownSees(text: string): [number, number][] {
  const seen = runArgdown(text);
  expect(seen.errors).toEqual([]);
  return seen.response.relations
    .filter((r: { relationType: string }) => r.relationType === 'attack')
    .map((r: { from: { title: string }; to: { title: string } }) => [Number(r.from.title.slice(1)), Number(r.to.title.slice(1))]);
}

const byText = (map: ArgumentMap, n: number) => Array.from({ length: n }, (_, i) => map.statements.find((s) => s.text === `Statement ${i}`)!.id);
const labelsOf = (ids: readonly string[], l: Labelling) => ids.map((id) => l.statements.get(id)).join(' ');

function expectDung(map: ArgumentMap, n: number, attacks: Attacks) {
  const ids = byText(map, n);
  const want = dungExtensions(n, attacks);
  expect(labelsOf(ids, evaluate(map)), 'grounded').toBe(want.labels(want.grounded[0]));
  for (const semantics of ['preferred', 'stable'] as const) {
    const got = evaluate(map, { semantics }).map((l) => labelsOf(ids, l)).sort();
    expect(got, semantics).toEqual(want[semantics].map(want.labels).sort());
  }
}

describe('self-attack', () => {
  it('a lone self-attacker is UNDEC in grounded and preferred, and has no stable outcome', () => {
    const { map, notes } = aifImport.import(frameworkAsAif(1, [[0, 0]]));
    expect(notes).toEqual([]);
    expect(map.inferences).toMatchObject([{ premises: [map.statements[0].id], target: map.statements[0].id, polarity: 'attack' }]);
    expect(evaluate(map).statements.get(map.statements[0].id)).toBe('UNDEC');
    expect(evaluate(map, { semantics: 'preferred' }).map((l) => [...l.statements.values()])).toEqual([['UNDEC']]);
    expect(evaluate(map, { semantics: 'stable' })).toEqual([]);
  });

  it('explains the UNDEC and draws a loop beside the card, inside the figure', () => {
    const { map } = argdownImport.import('[a]: This statement is false.\n\n[b]: Paradoxes exist.\n  +> [a]\n\n[a]\n  -> [a]\n');
    expect(explain(map, evaluate(map), 'a')).toBe('UNDEC because it attacks itself');
    const scene = buildScene(map);
    const card = scene.nodes.find((n) => n.id === 'a')!;
    const loop = scene.edges.find((e) => e.from === 'a' && e.to === 'a')!;
    expect(loop.role).toBe('attack');
    expect(loop.head).not.toBeNull();
    for (const p of loop.points) {
      expect(p.x).toBeGreaterThanOrEqual(card.x + card.width);
      expect(p.x).toBeLessThan(scene.width);
      expect(p.y).toBeGreaterThan(card.y);
      expect(p.y).toBeLessThan(card.y + card.height);
    }
  });

  it('the map file format accepts a self-attack and still refuses a statement supporting itself', () => {
    const map = { ...createEmptyMap('t'), statements: [{ id: 'a', text: 'A' }], inferences: [{ id: 'i', premises: ['a'], target: 'a', polarity: 'attack' }] };
    expect(validateMap(map).ok).toBe(true);
    const support = validateMap({ ...map, inferences: [{ ...map.inferences[0], polarity: 'support' }] });
    expect(support.ok).toBe(false);
    if (!support.ok) expect(support.issues.map((i) => i.message)).toContain('a statement cannot support itself');
  });

  it('Argdown: a statement attacking itself is read as a self-attack, as @argdown/core reads it', () => {
    const text = '[a]: Everything I say is false.\n\n[a]\n  -> [a]\n';
    expect(attacksArgdownSees(text.replace('[a]: Everything I say is false.', '[s0]: x').replace(/\[a\]/g, '[s0]'))).toEqual([[0, 0]]);
    const { map, notes } = argdownImport.import(text);
    expect(notes).toEqual([]);
    expect(map.inferences).toMatchObject([{ premises: ['a'], target: 'a', polarity: 'attack' }]);
    expect(evaluate(map).statements.get('a')).toBe('UNDEC');
  });

  const next = createRng(13_2026).next;
  const cases = Array.from({ length: 120 }, (_, k) => [k, randomFramework(next, { maxArgs: 7, selfAttack: 0.35 })] as const)
    .filter(([, f]) => f.attacks.some(([a, b]) => a === b));

  it('the random cases do contain self-attacks', () => expect(cases.length).toBeGreaterThan(80));

  it.each(cases)('framework %i imported from AIF agrees with Dung', (_, { n, attacks }) => {
    const { map } = aifImport.import(frameworkAsAif(n, attacks));
    expect(map.inferences).toHaveLength(attacks.length);
    expectDung(map, n, attacks);
  });

  // @argdown/core drops a self-attack on a statement already attacked by another one (its
  // duplicate check compares only the relation's target); every other attack it reads as written.
  const droppedByArgdown = (attacks: Attacks) => attacks.filter(([a, b]) => a === b && attacks.some(([x, y]) => y === b && x < a));
  it.each(cases)('framework %i imported from Argdown agrees with Dung and with what @argdown/core reads', (_, { n, attacks }) => {
    const text = frameworkAsArgdown(n, attacks);
    const key = ([a, b]: readonly [number, number]) => `${a}>${b}`;
    const seen = attacksArgdownSees(text).map(key).sort();
    const missing = attacks.map(key).filter((k) => !seen.includes(k)).sort();
    expect(missing).toEqual(droppedByArgdown(attacks).map(key).sort());
    const { map, notes } = argdownImport.import(text);
    expect(notes).toEqual([]);
    expectDung(map, n, attacks);
  });
});
