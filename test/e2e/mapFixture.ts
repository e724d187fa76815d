import type { ArgumentMap, Inference, Statement } from '../../core/model';
import { createEmptyMap } from '../../core/model';
import { testInference, testStatement } from '../helpers/ids';

/** A map for one test: statements as [id, text, kind?], relations as [premise, target, polarity]. */
export function buildMap(title: string, statements: readonly (readonly [string, string, Statement['kind']?])[] = [], relations: readonly (readonly [string, string, Inference['polarity']])[] = []): ArgumentMap {
  return {
    ...createEmptyMap(title),
    statements: statements.map(([id, text, kind]) => testStatement({ id, text, kind: kind ?? 'claim' })),
    inferences: relations.map(([premise, target, polarity], i) => (testInference({ id: `i${i + 1}`, premises: [premise], target, polarity }))),
  };
}

/** Creates the map on the server (through its API, as a facilitator would import it) and returns its id. */
export async function createMapOn(serverUrl: string, map: ArgumentMap): Promise<string> {
  const res = await fetch(`${serverUrl}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(map) });
  if (!res.ok) throw new Error(`could not create the test map: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

/** The map as the server has stored it. */
export async function fetchMap(serverUrl: string, id: string): Promise<ArgumentMap> {
  return (await fetch(`${serverUrl}/api/maps/${id}`)).json();
}

export const textOf = (m: ArgumentMap, id: string): string | undefined => m.statements.find((s) => s.id === id)?.text;
export const byText = (m: ArgumentMap, text: string): Statement => {
  const s = m.statements.find((x) => x.text === text);
  if (!s) throw new Error(`no statement “${text}” in the map; it has: ${m.statements.map((x) => `“${x.text}”`).join(', ')}`);
  return s;
};

/** A small placed map: thesis t, reason r1 and objection o1. */
export const STREET_TREES: ArgumentMap = {
  ...createEmptyMap('Street trees'),
  statements: [
    testStatement({ id: 't', text: 'We should plant more trees.', kind: 'thesis', position: { x: 300, y: 40 } }),
    testStatement({ id: 'r1', text: 'Trees cool cities.', position: { x: 100, y: 240 } }),
    testStatement({ id: 'o1', text: 'Trees cost money.', position: { x: 500, y: 240 } }),
  ],
  inferences: [
    testInference({ id: 'i1', premises: ['r1'], target: 't', polarity: 'support' }),
    testInference({ id: 'i2', premises: ['o1'], target: 't', polarity: 'attack' }),
  ],
};
