import { describe, expect, it } from 'vitest';
import { type WorkshopOp, checkWorkshopOps } from '../../../core/ops';
import type { Role } from '../../../core/policy/roles';
import { checkWorkshopRole } from '../../../core/policy/workshopRole';
import { WORKSHOP_ORIGIN, applyWorkshopOps, createDocFromMap, createUserUndo, readMap } from '../../../core/sync';
import type { Rating } from '../../../core/workshop';
import { notationMap } from '../../helpers/mapNotation';

const AT = '2026-03-01T10:00:00.000Z';
const map = notationMap(['i1: a > t'], ['a', 't']);
const rating = (participant: string, extra: Partial<Rating> = {}): Rating => ({ participant, target: 't', stance: 'agree', confidence: 3, at: AT, ...extra });
const round = { id: 'r1', name: 'Round 1', openedAt: AT };
const scenario = { id: 'sc', name: 'S', accept: ['a'], reject: [], author: 'Ada', createdAt: AT };

describe('who may write which workshop op (core/policy/workshopRole)', () => {
  const me = 'p-me';
  it.each<[Role, WorkshopOp, string | undefined]>([
    ['edit', { type: 'setRating', rating: rating('p-other') }, undefined],
    ['edit', { type: 'putRound', round }, undefined],
    ['comment', { type: 'setRating', rating: rating(me) }, undefined],
    ['comment', { type: 'removeRating', participant: me, target: 't' }, undefined],
    ['comment', { type: 'setRating', rating: rating('p-other') }, 'Your link lets you change only your own ratings.'],
    ['comment', { type: 'removeRating', participant: 'p-other', target: 't' }, 'Your link lets you change only your own ratings.'],
    ['comment', { type: 'putRound', round }, 'Only someone with an edit link can run rounds, scenarios and the walkthrough.'],
    ['comment', { type: 'putScenario', scenario }, 'Only someone with an edit link can run rounds, scenarios and the walkthrough.'],
    ['comment', { type: 'setWalkthrough', walkthrough: undefined }, 'Only someone with an edit link can run rounds, scenarios and the walkthrough.'],
    ['view', { type: 'setRating', rating: rating(me) }, 'Your link lets you view this map, not rate it.'],
    ['view', { type: 'removeScenario', id: 'sc' }, 'Only someone with an edit link can run rounds, scenarios and the walkthrough.'],
  ])('%s: %j → %s', (role, op, message) => {
    expect(checkWorkshopRole(role, [op], me)).toBe(message);
  });
});

describe('workshop ops are checked against the map where they are made', () => {
  it.each<[string, WorkshopOp[], RegExp | undefined]>([
    ['a rating of a statement', [{ type: 'setRating', rating: rating('p') }], undefined],
    ['a rating of an inference with a strength', [{ type: 'setRating', rating: { participant: 'p', target: 'i1', strength: 'strong', at: AT } }], undefined],
    ['a rating of a statement that is not there', [{ type: 'setRating', rating: rating('p', { target: 'ghost' }) }], /^Not saved: rating/],
    ['a rating in a round the map does not have', [{ type: 'setRating', rating: rating('p', { round: 'r9' }) }], /no round with id "r9"/],
    ['a rating in a round opened by the same batch', [{ type: 'putRound', round }, { type: 'setRating', rating: rating('p', { round: 'r1' }) }], undefined],
    ['a scenario accepting a statement that is not there', [{ type: 'putScenario', scenario: { ...scenario, accept: ['ghost'] } }], /ghost/],
    ['a scenario with an empty name', [{ type: 'putScenario', scenario: { ...scenario, name: ' ' } }], /must not be empty/],
    ['a walkthrough through a missing statement', [{ type: 'setWalkthrough', walkthrough: { steps: [{ statement: 'ghost', note: '' }], updatedAt: AT } }], /no statement with id "ghost"/],
    ['removing the walkthrough', [{ type: 'setWalkthrough', walkthrough: undefined }], undefined],
  ])('%s', (_, ops, message) => {
    const refused = checkWorkshopOps(map, ops);
    if (message) expect(refused).toMatch(message);
    else expect(refused).toBeUndefined();
  });
});

describe('applying workshop ops', () => {
  it('writes a batch in one transaction with the workshop origin, which no undo stack tracks', () => {
    const doc = createDocFromMap(map);
    const undo = createUserUndo(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    applyWorkshopOps(doc, [{ type: 'putRound', round }, { type: 'setRating', rating: rating('p', { round: 'r1' }) }, { type: 'putScenario', scenario }]);
    expect(origins).toEqual([WORKSHOP_ORIGIN]);
    expect(undo.undoStack).toHaveLength(0);
    const { workshop } = readMap(doc).map;
    expect([workshop?.rounds.length, workshop?.ratings.length, workshop?.scenarios.length]).toEqual([1, 1, 1]);
    applyWorkshopOps(doc, [{ type: 'removeScenario', id: 'sc' }, { type: 'removeRating', participant: 'p', target: 't', round: 'r1' }]);
    expect(readMap(doc).map.workshop?.scenarios ?? []).toEqual([]);
    expect(readMap(doc).map.workshop?.ratings ?? []).toEqual([]);
  });
});
