import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'arguebuf';
import { aifExport, aifImport } from '../../../core/formats/aif';
import { type ArgumentMap, parseMap } from '../../../core/model';
import { signature } from '../../fixtures/formats/signature';
import { createContentMap } from '../../helpers/contentMap';
import { randomMap } from '../../helpers/randomMap';
import { createRng } from '../../helpers/rng';

/**
 * Warrant's AIF, Warrant fields included, read by another AIF reader: arguebuf (the ReCAP group's
 * argument-graph library, which loads AIFdb JSON). It must see every statement as an atom node with
 * its text, every inference as a scheme node of the right kind, and every edge, as if the
 * `warrant` keys were not there; and the AIF arguebuf writes back must import into the same graph.
 */
const seeded = parseMap(readFileSync(new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url), 'utf8'));
const rich = parseMap(readFileSync(new URL('../../fixtures/formats/rich-map.json', import.meta.url), 'utf8'));
const cases: [string, ArgumentMap][] = [
  ['seeded map', seeded],
  ['rich fixture', rich],
  ['map with every kind of content', createContentMap()],
  ...Array.from({ length: 20 }, (_, k) => [`random map ${k + 1}`, randomMap(createRng(k + 1))] as [string, ArgumentMap]),
];

const sorted = (rows: string[][]) => rows.map((r) => r.join(' ')).sort();

describe('another AIF reader (arguebuf) reads what Warrant writes', () => {
  it.each(cases)('%s', (_, map) => {
    const text = aifExport.export(map) as string;
    const graph = load.aif(JSON.parse(text));
    const nodes = Object.values(graph.nodes);
    const atoms = nodes.filter((n) => n.type === 'atom') as unknown as { id: string; text: string }[];
    const schemes = nodes.filter((n) => n.type === 'scheme') as unknown as { id: string; scheme?: { case?: string } }[];
    expect(sorted(atoms.map((a) => [a.id, a.text]))).toEqual(sorted(map.statements.map((s) => [s.id, s.text])));
    const kind = (scheme: string | undefined, polarity: string) => (polarity === 'support' && scheme === 'rephrase' ? 'rephrase' : polarity);
    expect(sorted(schemes.map((s) => [s.id, s.scheme?.case ?? '']))).toEqual(sorted(map.inferences.map((i) => [i.id, kind(i.scheme, i.polarity)])));
    const edges = Object.values(graph.edges).map((e) => [e.source, e.target]);
    expect(sorted(edges)).toEqual(sorted(map.inferences.flatMap((i) => [...i.premises.map((p) => [p, i.id]), [i.id, i.target]])));

    // AIFdb's keys, with Warrant's fields only under `warrant`.
    const doc = JSON.parse(text) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; locutions: unknown[] };
    expect(doc.locutions).toEqual([]);
    for (const n of doc.nodes) expect(Object.keys(n).filter((k) => !['nodeID', 'text', 'type', 'scheme', 'warrant'].includes(k))).toEqual([]);
    for (const e of doc.edges) expect(Object.keys(e).sort()).toEqual(['edgeID', 'formEdgeID', 'fromID', 'toID']);

    // And back: the AIF arguebuf writes (no Warrant fields) gives Warrant the same graph.
    const again = aifImport.import(JSON.stringify(dump.aif(graph))).map;
    expect(signature(again)).toEqual(signature(map));
  });
});
