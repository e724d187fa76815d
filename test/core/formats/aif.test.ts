import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aifExport, aifImport, toAif } from '../../../core/formats/aif';
import { ImportError } from '../../../core/formats/format';
import { type ArgumentMap, parseMap } from '../../../core/model';
import { signature } from '../../fixtures/formats/signature';
import { evaluate } from '../../../core/semantics';
import { validateMap } from '../../../core/model';
import { createContentMap } from '../../helpers/contentMap';
import { randomMap } from '../../helpers/randomMap';
import { type Rng, createRng } from '../../helpers/rng';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const rich = parseMap(fixture('rich-map.json'));
const small = parseMap(fixture('../smallMap.json'));
const seeded = new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url);
const aif = (nodes: unknown[], edges: unknown[] = []) => JSON.stringify({ nodes, edges, locutions: [] });

describe('AIF export', () => {
  it.each([
    ['rich fixture', rich],
    ['small fixture', small],
  ])('%s: I, RA and CA nodes, edges only through scheme nodes, string ids', (_, map) => {
    const doc = JSON.parse(aifExport.export(map) as string) as ReturnType<typeof toAif>;
    const type = new Map(doc.nodes.map((n) => [n.nodeID, n.type]));
    expect(doc.locutions).toEqual([]);
    expect(doc.nodes.every((n) => typeof n.nodeID === 'string')).toBe(true);
    expect(doc.nodes.filter((n) => n.type === 'I')).toHaveLength(map.statements.length);
    expect(doc.nodes.filter((n) => n.type === 'RA')).toHaveLength(map.inferences.filter((i) => i.polarity === 'support').length);
    expect(doc.nodes.filter((n) => n.type === 'CA')).toHaveLength(map.inferences.filter((i) => i.polarity === 'attack').length);
    expect(doc.edges).toHaveLength(map.inferences.reduce((n, i) => n + i.premises.length + 1, 0));
    for (const e of doc.edges) {
      const pair = `${type.get(e.fromID)}→${type.get(e.toID)}`;
      expect(['I→RA', 'I→CA', 'RA→I', 'CA→I', 'CA→RA', 'CA→CA']).toContain(pair);
    }
  });

  it('writes undercuts as CA nodes aimed at the inference node, and keeps schemes', () => {
    const doc = toAif(rich);
    expect(doc.edges).toContainEqual(expect.objectContaining({ fromID: 'i3', toID: 'i1' }));
    expect(doc.edges).toContainEqual(expect.objectContaining({ fromID: 'i4', toID: 'i3' }));
    expect(doc.nodes.find((n) => n.nodeID === 'i1')).toMatchObject({ type: 'RA', text: 'Argument from consequences, positive', scheme: 'Argument from consequences, positive' });
    expect(doc.nodes.find((n) => n.nodeID === 'i2')).toMatchObject({ type: 'CA', text: 'Default Conflict' });
  });
});

describe('AIF round trip', () => {
  const cases: [string, () => ArgumentMap][] = [
    ['rich fixture', () => rich],
    ['small fixture', () => small],
  ];
  if (existsSync(seeded)) cases.push(['seeded map', () => parseMap(readFileSync(seeded, 'utf8'))]);
  cases.push(['map with every kind of content', createContentMap]);
  it.each(cases)('%s: native → AIF → native gives the same map, Warrant fields included', (_, get) => {
    const map = get();
    const { map: back, notes } = aifImport.import(aifExport.export(map) as string);
    expect(notes).toEqual([]);
    expect(signature(back)).toEqual(signature(map));
    expect(back).toEqual(map);
  });

  it('random maps with awkward ids and schemes come back equal (100 seeds)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const map = enrich(createRng(seed), randomMap(createRng(seed * 7919)));
      const back = aifImport.import(aifExport.export(map) as string).map;
      expect(back, `seed ${seed}`).toEqual(map);
    }
  });

  it('without its Warrant fields the file is still the AIF graph Warrant always wrote', () => {
    const map = createContentMap();
    const doc = toAif(map);
    const bare = { nodes: doc.nodes.map(({ warrant: _, ...n }) => n), edges: doc.edges, locutions: doc.locutions };
    const { map: back } = aifImport.import(JSON.stringify(bare));
    expect(signature(back)).toEqual(signature(map));
    expect(back.statements.map((s) => [s.id, s.text])).toEqual(map.statements.map((s) => [s.id, s.text]));
    expect([back.comments, back.sources, back.title]).toEqual([[], [], 'Imported AIF map']);
  });

  it('reads the AIF graph alone, with a note, when the Warrant fields do not make a valid map', () => {
    const doc = toAif(createContentMap());
    const broken = { ...doc, nodes: doc.nodes.map((n) => (n.nodeID === 't' ? { ...n, warrant: { ...n.warrant, kind: 'rant', anchors: [{ source: 'nowhere', start: 0, end: 1, quote: 'x' }] } } : n)) };
    const { map, notes } = aifImport.import(JSON.stringify(broken));
    expect(map.statements.find((s) => s.id === 't')).toMatchObject({ kind: 'claim', tags: [], anchors: [] });
    expect(map.comments).toEqual([]);
    expect(notes.at(-1)).toMatch(/^the file's Warrant fields do not make a valid map \(Invalid map: statements\[0\]\.kind: .*\); read the AIF graph alone$/);
  });
});

/** Adds what randomMap lacks: a source and anchors, labels, schemes AIF would not give back alone, numeric and `aif-N` ids, a workshop. */
function enrich(rng: Rng, map: ArgumentMap): ArgumentMap {
  const ids = [...map.statements, ...map.inferences].map((r) => r.id);
  const renamed = new Map<string, string>(ids.map((id, i) => [id, rng.chance(0.15) ? String(100 + i) : rng.chance(0.15) ? `aif-${100 + i}` : id]));
  const re = (id: string) => renamed.get(id) ?? id;
  const text = 'Trees cool the streets in summer.';
  const statements = map.statements.map((s) => ({
    ...s, id: re(s.id),
    ...(rng.chance(0.3) && { anchors: [{ source: 'src', start: 0, end: 5, quote: 'Trees' }] }),
    ...(rng.chance(0.2) && { collapsed: true }),
  }));
  const inferences = map.inferences.map((inf) => {
    const scheme = rng.pick([undefined, 'expert-opinion', 'Expert Opinion', 'Default Inference', 'Default Conflict', 'rephrase', 'A free rule']);
    return {
      ...inf, id: re(inf.id), premises: inf.premises.map(re), target: re(inf.target),
      ...(scheme && { scheme }), ...(rng.chance(0.3) && { label: `Argument ${inf.id}` }),
    };
  });
  const rated = statements.slice(0, 2).map((s, i) => ({ participant: `p${i}`, target: s.id, stance: 'agree' as const, at: '2024-01-01T00:00:00.000Z' }));
  const result = validateMap({
    ...map, sources: [{ id: 'src', title: 'Memo', text }], statements, inferences,
    comments: map.comments.map((c) => ({ ...c, target: re(c.target) })),
    ...(rated.length && { workshop: { ratings: rated, rounds: [], scenarios: [] } }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.map;
}

describe('AIF import', () => {
  it('reads an AIFdb file: RA, CA, undercut, scheme names; MA, PA and dialogue nodes with notes', () => {
    const { map, notes } = aifImport.import(fixture('aifdb-sample.json'));
    expect(map.statements.map((s) => s.id)).toEqual(['aif-101', 'aif-102', 'aif-103', 'aif-104', 'aif-105', 'aif-106', 'aif-107', 'aif-108']);
    expect(map.inferences).toEqual([
      { id: 'aif-201', premises: ['aif-102', 'aif-103'], target: 'aif-101', polarity: 'support' },
      { id: 'aif-202', premises: ['aif-104'], target: 'aif-101', polarity: 'attack' },
      { id: 'aif-203', premises: ['aif-105'], target: 'aif-201', polarity: 'attack' },
      { id: 'aif-204', premises: ['aif-106'], target: 'aif-104', polarity: 'attack', scheme: 'Argument From Cost' },
      { id: 'aif-205', premises: ['aif-107'], target: 'aif-102', polarity: 'support', scheme: 'rephrase' },
    ]);
    expect(notes).toEqual([
      'skipped 5 dialogue nodes (L, YA, TA)',
      'MA node 205 (rephrase) became a support inference with scheme "rephrase" (written back as an MA node)',
      'PA node 206 (preference of "Exam results matter more than opening costs." over "Sunday staff would cost too much.") skipped: Warrant has no preference relation',
    ]);
  });

  it('an AIFdb round trip keeps rephrases as MA nodes, the original node ids and every node type', () => {
    const text = fixture('aifdb-sample.json');
    const { map } = aifImport.import(text);
    const doc = JSON.parse(aifExport.export(map) as string) as { nodes: { nodeID: string; type: string; text: string; scheme?: string }[] };
    const original = (JSON.parse(text) as { nodes: { nodeID: string | number; type: string }[] }).nodes.filter((n) => ['I', 'RA', 'CA', 'MA'].includes(n.type));
    expect(doc.nodes.map((n) => [n.nodeID, n.type]).sort()).toEqual(original.map((n) => [String(n.nodeID), n.type]).sort());
    expect(doc.nodes.find((n) => n.nodeID === '205')).toEqual({ nodeID: '205', type: 'MA', text: 'Default Rephrase' });
    expect(aifImport.import(aifExport.export(map) as string).map.inferences).toEqual(map.inferences);
  });

  it("AIFdb's default scheme names are not schemes", () => {
    const { map } = aifImport.import(aif(
      [{ nodeID: 'a', type: 'I', text: 'A' }, { nodeID: 'b', type: 'I', text: 'B' }, { nodeID: 'r', type: 'RA', text: 'Default Inference', scheme: 'Default Inference' }, { nodeID: 'c', type: 'CA', text: 'Default Conflict', scheme: 'Default Conflict' }],
      [{ fromID: 'a', toID: 'r' }, { fromID: 'r', toID: 'b' }, { fromID: 'b', toID: 'c' }, { fromID: 'c', toID: 'a' }],
    ));
    expect(map.inferences.map((i) => i.scheme)).toEqual([undefined, undefined]);
  });

  it('an attack on an inference with two conclusions undercuts both, and the notes say what was made', () => {
    const { map, notes } = aifImport.import(aif(
      [{ nodeID: 'p', type: 'I', text: 'P' }, { nodeID: 'x', type: 'I', text: 'X' }, { nodeID: 'y', type: 'I', text: 'Y' }, { nodeID: 'u', type: 'I', text: 'U' },
        { nodeID: 'r', type: 'RA', text: 'Default Inference' }, { nodeID: 'c', type: 'CA', text: 'Default Conflict' }],
      [{ fromID: 'p', toID: 'r' }, { fromID: 'r', toID: 'x' }, { fromID: 'r', toID: 'y' }, { fromID: 'u', toID: 'c' }, { fromID: 'c', toID: 'r' }],
    ));
    expect(map.inferences).toEqual([
      { id: 'r', premises: ['p'], target: 'x', polarity: 'support' },
      { id: 'r-2', premises: ['p'], target: 'y', polarity: 'support' },
      { id: 'c', premises: ['u'], target: 'r', polarity: 'attack' },
      { id: 'c-2', premises: ['u'], target: 'r-2', polarity: 'attack' },
    ]);
    expect(notes).toEqual(['RA node r has 2 conclusions; split into 2 inferences', 'CA node c has 2 conclusions; split into 2 inferences']);
    // Both supports are undercut: neither conclusion stands.
    const labels = evaluate(map).statements;
    expect([labels.get('x'), labels.get('y')]).toEqual(['OUT', 'OUT']);
  });

  it('says "split" only when it made more than one inference, and a rephrase note only when one was made', () => {
    const { notes } = aifImport.import(aif(
      [{ nodeID: 'p', type: 'I', text: 'P' }, { nodeID: 'x', type: 'I', text: 'X' }, { nodeID: 'm', type: 'MA', text: 'Default Rephrase' }],
      [{ fromID: 'p', toID: 'm' }, { fromID: 'm', toID: 'x' }, { fromID: 'm', toID: 'p' }],
    ));
    expect(notes).toEqual(['MA node m concludes one of its own premises; left out', 'MA node m (rephrase) became a support inference with scheme "rephrase" (written back as an MA node)']);
    const none = aifImport.import(aif([{ nodeID: 'p', type: 'I', text: 'P' }, { nodeID: 'm', type: 'MA', text: '' }], [{ fromID: 'p', toID: 'm' }, { fromID: 'm', toID: 'p' }]));
    expect(none.notes).toEqual(['MA node m concludes one of its own premises; left out']);
  });

  it("reads OVA's wrapper with numeric ids and its scheme field", () => {
    const { map, notes } = aifImport.import(fixture('ova-sample.json'));
    expect(map.statements.map((s) => s.id)).toEqual(['aif-1', 'aif-2', 'aif-3']);
    expect(map.inferences).toEqual([
      { id: 'aif-4', premises: ['aif-2'], target: 'aif-1', polarity: 'support', scheme: 'Argument From Consequences' },
      { id: 'aif-5', premises: ['aif-3'], target: 'aif-1', polarity: 'attack' },
    ]);
    expect(notes).toContain('skipped 1 dialogue nodes (L, YA, TA)');
    expect(notes.some((n) => n.includes('OVA'))).toBe(true);
  });

  it.each([
    ['an edge joining two I-nodes', aif([{ nodeID: 'a', text: 'A', type: 'I' }, { nodeID: 'b', text: 'B', type: 'I' }], [{ edgeID: 'x', fromID: 'a', toID: 'b' }]), /1 edge\(s\) joined two I-nodes directly \(x\); read as support/],
    ['an RA node without premise', aif([{ nodeID: 'a', text: 'A', type: 'I' }, { nodeID: 'r', text: '', type: 'RA' }], [{ edgeID: 1, fromID: 'r', toID: 'a' }]), /RA node r has no premise; skipped/],
    ['an RA node aimed at another RA node', aif([{ nodeID: 'a', type: 'I', text: 'A' }, { nodeID: 'b', type: 'I', text: 'B' }, { nodeID: 'c', type: 'I', text: 'C' }, { nodeID: 'r1', type: 'RA', text: '' }, { nodeID: 'r2', type: 'RA', text: '' }], [{ fromID: 'a', toID: 'r1' }, { fromID: 'r1', toID: 'b' }, { fromID: 'c', toID: 'r2' }, { fromID: 'r2', toID: 'r1' }]), /RA node r2 supports scheme node r1/],
    ['an unknown node type', aif([{ nodeID: 'a', type: 'I', text: 'A' }, { nodeID: 'z', type: 'XYZ', text: '' }]), /skipped 1 node\(s\) of unknown type XYZ/],
  ])('notes %s instead of failing', (_, text, note) => {
    const { notes } = aifImport.import(text);
    expect(notes.join('\n')).toMatch(note);
  });

  it.each([
    ['a dangling edge', aif([{ nodeID: 'a', type: 'I', text: 'A' }, { nodeID: 'r', type: 'RA', text: '' }], [{ edgeID: 'e7', fromID: 'a', toID: 'r' }, { edgeID: 'e8', fromID: 'r', toID: 'ghost' }]), /edge e8 points to node ghost, which is not in the file/],
    ['a cycle of scheme nodes', aif([{ nodeID: 'a', type: 'I', text: 'A' }, { nodeID: 'c1', type: 'CA', text: '' }, { nodeID: 'c2', type: 'CA', text: '' }, { nodeID: 'c3', type: 'CA', text: '' }], [{ fromID: 'a', toID: 'c1' }, { fromID: 'c1', toID: 'c2' }, { fromID: 'c2', toID: 'c3' }, { fromID: 'c3', toID: 'c1' }]), /the scheme nodes c1 → c2 → c3 → c1 form a cycle/],
    ['a scheme node aimed at itself', aif([{ nodeID: 'c', type: 'CA', text: '' }], [{ fromID: 'c', toID: 'c' }]), /the scheme nodes c → c form a cycle/],
    ['a duplicate node id', aif([{ nodeID: 1, type: 'I', text: 'A' }, { nodeID: '1', type: 'I', text: 'B' }]), /node id 1 is used twice/],
    ['a node without type', aif([{ nodeID: 'a', text: 'A' }]), /node a has no type/],
    ['an edge without toID', aif([{ nodeID: 'a', type: 'I', text: 'A' }], [{ edgeID: 'e1', fromID: 'a' }]), /edge e1 needs both fromID and toID/],
    ['a JSON file that is not AIF', '{"schema": "warrant-map", "statements": []}', /not an AIF file: there is no "nodes" list/],
    ['broken JSON', '{"nodes": [', /not valid JSON/],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004', /binary data/],
  ])('rejects %s with an ImportError naming it', (_, text, message) => {
    expect(() => aifImport.import(text)).toThrow(ImportError);
    expect(() => aifImport.import(text)).toThrow(message);
  });

  it('refuses a huge input and says why', () => {
    const huge = `{"nodes": [${'{"nodeID": "1", "type": "I", "text": "x"},'.repeat(500_000)}]}`;
    expect(() => aifImport.import(huge)).toThrow(/more than the limit of 20000000/);
  });

  it('imports a large AIF graph in reasonable time', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ nodeID: i, type: i % 2 ? 'RA' : 'I', text: `n${i}` }));
    const edges = Array.from({ length: 10_000 }, (_, k) => [{ fromID: 2 * k, toID: 2 * k + 1 }, { fromID: 2 * k + 1, toID: (2 * k + 2) % 20_000 }]).flat();
    const start = Date.now();
    const { map } = aifImport.import(aif(nodes, edges));
    expect(map.inferences).toHaveLength(10_000);
    expect(Date.now() - start).toBeLessThan(20_000);
  });
});
