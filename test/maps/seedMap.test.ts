import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, isUndercut, parseMap, serializeMap } from '../../core/model';
import { testInference } from '../helpers/ids';

const mapsDir = fileURLToPath(new URL('../../maps/', import.meta.url));
const read = (name: string) => readFileSync(`${mapsDir}${name}`, 'utf8');
const mapFiles = readdirSync(mapsDir).filter((f) => f.endsWith('.json')).sort();

describe.each(mapFiles)('maps/%s', (file) => {
  it('parses, validates and round-trips unchanged', () => {
    const map = parseMap(read(file));
    expect(parseMap(serializeMap(map))).toEqual(map);
  });
});

/** Statement ids that reach themselves through a chain of support inferences, if any. */
function findSupportCycle(map: ArgumentMap): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const inf of map.inferences) {
    if (inf.polarity !== 'support') continue;
    for (const p of inf.premises) next.set(p, [...(next.get(p) ?? []), inf.target]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'open') return [...path, id];
    if (state.get(id) === 'done') return undefined;
    state.set(id, 'open');
    for (const t of next.get(id) ?? []) {
      const cycle = visit(t, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const s of map.statements) {
    const cycle = visit(s.id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the seeded map of the CSTO article', () => {
  const json = read('csto-kazakhstan-2022.json');
  const article = read('csto-kazakhstan-2022.txt');
  const map = parseMap(json);
  const { statements, inferences, comments } = map;
  const idsOf = <T extends { id: string }>(list: readonly T[], keep: (x: T) => boolean) => list.filter(keep).map((x) => x.id);

  it('is stored in canonical form, with the article as its only source', () => {
    expect(serializeMap(map)).toBe(json);
    expect(map.sources.map((s) => s.id)).toEqual(['article']);
    expect(map.sources[0].text).toBe(article);
  });

  it('has 40–70 statements and exactly one thesis', () => {
    expect(statements.length).toBeGreaterThanOrEqual(40);
    expect(statements.length).toBeLessThanOrEqual(70);
    expect(idsOf(statements, (s) => s.kind === 'thesis')).toEqual(['thesis']);
    expect(statements[0].id).toBe('thesis');
  });

  it('anchors every explicit statement and no implicit one', () => {
    expect(idsOf(statements, (s) => s.kind !== 'assumption' && s.anchors.length === 0)).toEqual([]);
    expect(idsOf(statements, (s) => s.kind === 'assumption' && s.anchors.length > 0)).toEqual([]);
    expect(idsOf(statements, (s) => s.kind === 'assumption' && !s.tags.includes('implicit'))).toEqual([]);
  });

  it('anchors match the .txt file at their offsets', () => {
    for (const s of statements) {
      for (const a of s.anchors) expect(article.slice(a.start, a.end), s.id).toBe(a.quote);
    }
  });

  it('uses linked premises, an undercut and a rebuttal', () => {
    expect(inferences.some((i) => i.premises.length >= 2)).toBe(true);
    expect(inferences.some((i) => isUndercut(map, i))).toBe(true);
    const attackPremises = new Set<string>(inferences.filter((i) => i.polarity === 'attack').flatMap((i) => i.premises));
    expect(inferences.some((i) => i.polarity === 'attack' && attackPremises.has(i.target))).toBe(true);
  });

  it('puts every statement in at least one inference', () => {
    const used = new Set(inferences.flatMap((i) => [...i.premises, i.target]));
    expect(idsOf(statements, (s) => !used.has(s.id))).toEqual([]);
  });

  it('has no support cycles', () => {
    expect(findSupportCycle(map)).toBeUndefined();
  });

  it('leaves layout to the app', () => {
    expect(idsOf(statements, (s) => s.position !== undefined)).toEqual([]);
  });

  it('has at least 6 facilitator comments', () => {
    const notes = comments.filter((c) => c.author === 'Facilitator' && c.createdAt.startsWith('2026-'));
    expect(notes.length).toBeGreaterThanOrEqual(6);
  });
});

describe('findSupportCycle', () => {
  it('finds a chain that supports itself', () => {
    const base = parseMap(read('csto-kazakhstan-2022.json'));
    const looped: ArgumentMap = {
      ...base,
      inferences: [...base.inferences, testInference({ id: 'loop', premises: ['thesis'], target: 'opt-defend', polarity: 'support' })],
    };
    expect(findSupportCycle(looped)).toEqual(['thesis', 'opt-defend', 'thesis']);
  });
});
