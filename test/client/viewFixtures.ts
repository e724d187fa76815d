import { readFileSync } from 'node:fs';
import { type ArgumentMap, type Inference, type Statement, createEmptyMap, parseMap } from '../../core/model';
import { ROOT } from '../helpers/server';
import { testInference, testStatement } from '../helpers/ids';

/** The seeded map of the CSTO article. */
export const seedMap = (): ArgumentMap => parseMap(readFileSync(`${ROOT}/maps/csto-kazakhstan-2022.json`, 'utf8'));

/**
 * A small map from relation lines: `id: a b -> t` (a and b, linked, support t) or `id: o -x t`
 * (o attacks t; t may be an inference id: an undercut). Statements are made for every other id
 * named; `collapsed` lists the collapsed ones; `extra` adds or overrides statements.
 */
export function mapOf(lines: readonly string[], collapsed: readonly string[] = [], extra: readonly Statement[] = []): ArgumentMap {
  const inferences: Inference[] = lines.map((line) => {
    const m = /^(\S+):\s*(.+?)\s*(->|-x)\s*(\S+)$/.exec(line);
    if (!m) throw new Error(`bad relation line: ${line}`);
    return testInference({ id: m[1], premises: m[2].split(/\s+/), target: m[4], polarity: m[3] === '->' ? 'support' : 'attack' });
  });
  const inferenceIds = new Set<string>(inferences.map((i) => i.id));
  const ids = [...new Set(inferences.flatMap((i) => [i.target, ...i.premises]))].filter((id) => !inferenceIds.has(id));
  const given = new Map<string, Statement>(extra.map((s) => [s.id, s]));
  const statements = [
    ...ids.map((id) => given.get(id) ?? testStatement({ id, text: id })),
    ...extra.filter((s) => !ids.includes(s.id)),
  ].map((s) => (collapsed.includes(s.id) ? { ...s, collapsed: true } : s));
  return { ...createEmptyMap('fixture'), statements, inferences };
}

export const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
