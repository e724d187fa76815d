import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, parseMap } from '../../../core/model';
import {
  LOCAL_ORIGIN, WORKSHOP_ORIGIN, applyOps, createDocFromMap, getWorkshopParts, putRound, putScenario, readMap, removeRating,
  removeScenario, setRating, setWalkthrough,
} from '../../../core/sync';
import { type Rating, closeRound, createRound } from '../../../core/workshop';
import { ROOT } from '../../helpers/server';

const small = parseMap(readFileSync(`${ROOT}/test/fixtures/smallMap.json`, 'utf8'));
const [first, second] = small.statements.map((s) => s.id);
const AT = '2024-03-01T10:00:00.000Z';
const rating = (participant: string, stance: 'agree' | 'disagree', extra: Partial<Rating> = {}): Rating => ({ participant, target: first, stance, confidence: 3, at: AT, ...extra });

/** Two peers exchanging every update, as over the network. */
function connectedPair(map: ArgumentMap): [Y.Doc, Y.Doc] {
  const a = createDocFromMap(map);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(b, u, 'net'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(a, u, 'net'));
  return [a, b];
}

describe('workshop data in the shared document', () => {
  it('is absent from a map that has none, so existing round-trips are unchanged', () => {
    expect('workshop' in readMap(createDocFromMap(small)).map).toBe(false);
  });

  it('merges ratings given at the same time by different people, and re-rating replaces one’s own', () => {
    const [a, b] = connectedPair(small);
    setRating(a, rating('p-ada', 'agree'));
    setRating(b, rating('p-ben', 'disagree'));
    setRating(b, rating('p-ben', 'agree', { confidence: 5 }));
    for (const doc of [a, b]) {
      expect(readMap(doc).map.workshop?.ratings.map((r) => [r.participant, r.stance, r.confidence])).toEqual([['p-ada', 'agree', 3], ['p-ben', 'agree', 5]]);
    }
    removeRating(a, 'p-ada', first);
    expect(readMap(b).map.workshop?.ratings.map((r) => r.participant)).toEqual(['p-ben']);
  });

  it('keeps one rating per person per round, so rounds can be compared', () => {
    const doc = createDocFromMap(small);
    const round = createRound('r-1', 'Before', new Date(AT));
    putRound(doc, round);
    setRating(doc, rating('p-ada', 'agree', { round: 'r-1' }));
    putRound(doc, closeRound(round, new Date('2024-03-01T10:30:00Z')));
    setRating(doc, rating('p-ada', 'disagree'));
    const w = readMap(doc).map.workshop!;
    expect(w.rounds).toEqual([{ id: 'r-1', name: 'Before', openedAt: AT, closedAt: '2024-03-01T10:30:00.000Z' }]);
    expect(w.ratings.map((r) => [r.round ?? '', r.stance])).toEqual([['r-1', 'agree'], ['', 'disagree']]);
  });

  it('drops ratings, steps and scenario choices of statements someone removed, and records that are malformed', () => {
    const doc = createDocFromMap(small);
    setRating(doc, rating('p-ada', 'agree'));
    setRating(doc, rating('p-ben', 'agree', { target: second }));
    setWalkthrough(doc, { steps: [{ statement: first, note: 'a' }, { statement: second, note: 'b' }], updatedAt: AT });
    putScenario(doc, { id: 'sc', name: 'S', accept: [first], reject: [second], author: 'Ada', createdAt: AT });
    getWorkshopParts(doc).ratings.set('junk', { participant: 'x', stance: 'agree' });
    applyOps(doc, [{ type: 'removeStatement', id: first }], LOCAL_ORIGIN);
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.workshop?.ratings.map((r) => r.target)).toEqual([second]);
    expect(map.workshop?.walkthrough?.steps.map((s) => s.statement)).toEqual([second]);
    expect(map.workshop?.scenarios[0]).toMatchObject({ accept: [], reject: [second] });
    removeScenario(doc, 'sc');
    expect(readMap(doc).map.workshop?.scenarios).toEqual([]);
  });

  it('seeds a document from a map file with workshop data and reads it back the same', () => {
    const withData: ArgumentMap = {
      ...small,
      workshop: {
        ratings: [rating('p-ada', 'agree', { round: 'r-1', name: 'Ada' })],
        rounds: [{ id: 'r-1', name: 'Before', openedAt: AT }],
        scenarios: [],
        walkthrough: { steps: [{ statement: first, note: 'Start' }], updatedAt: AT },
      },
    };
    expect(readMap(createDocFromMap(withData)).map.workshop).toEqual(withData.workshop);
  });

  it('writes with its own origin, which the map’s undo stack does not track', () => {
    const doc = createDocFromMap(small);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    setRating(doc, rating('p-ada', 'agree'));
    expect(origins).toEqual([WORKSHOP_ORIGIN]);
  });
});
