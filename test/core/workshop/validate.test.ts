import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { type ArgumentMap, parseMap, serializeMap, validateMap } from '../../../core/model';
import { checkWorkshop } from '../../../core/workshop';
import { ROOT } from '../../helpers/server';

const small = () => JSON.parse(readFileSync(`${ROOT}/test/fixtures/smallMap.json`, 'utf8')) as ArgumentMap;
const schema = JSON.parse(readFileSync(`${ROOT}/core/model/map.schema.json`, 'utf8'));
const check = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
const refs = { statements: new Set(['t', 'r1', 'o1']), inferences: new Set(['i1']) };
const AT = '2024-03-01T10:00:00.000Z';

const workshop = {
  rounds: [{ id: 'r-1', name: 'Before the talk', openedAt: AT, closedAt: '2024-03-01T10:20:00.000Z' }],
  ratings: [
    { participant: 'p-ada', name: 'Ada', target: 't', round: 'r-1', stance: 'agree', confidence: 4, at: AT },
    { participant: 'p-ben', target: 't', stance: 'disagree', at: AT },
  ],
  scenarios: [{ id: 'sc-1', name: 'No evidence', accept: [], reject: ['r1'], author: 'Ada', createdAt: AT }],
  walkthrough: { steps: [{ statement: 't', note: 'Start here' }, { statement: 'r1', note: '' }], author: 'Fay', updatedAt: AT },
};

describe('workshop data in the map file', () => {
  it('is optional, validated, and round-trips through the file format', () => {
    const base = small();
    const ids = base.statements.map((s) => s.id);
    const data = { ...workshop, ratings: workshop.ratings.map((r) => ({ ...r, target: ids[0] })), walkthrough: { ...workshop.walkthrough, steps: [{ statement: ids[0], note: 'Start here' }] }, scenarios: [{ ...workshop.scenarios[0], reject: [ids[1]] }] };
    const withWorkshop = { ...base, workshop: data };
    const result = validateMap(withWorkshop);
    expect(result.ok && result.map.workshop).toEqual(data);
    expect(check(withWorkshop), JSON.stringify(check.errors)).toBe(true);
    const map = parseMap(serializeMap(result.ok ? result.map : base));
    expect(parseMap(serializeMap(map))).toEqual(map);
    expect(validateMap(base).ok && 'workshop' in (validateMap(base) as { map: object }).map).toBe(false);
    // An empty value is dropped, not kept as noise.
    const empty = validateMap({ ...base, workshop: {} });
    expect(empty.ok && 'workshop' in empty.map).toBe(false);
  });

  it.each([
    ['a statement rating without a stance', { ratings: [{ participant: 'p-a', target: 't', at: AT }] }, 'workshop.ratings[0].stance', 'a statement rating needs a stance: agree or disagree'],
    ['a stance on an inference', { ratings: [{ participant: 'p-a', target: 'i1', stance: 'agree', at: AT }] }, 'workshop.ratings[0].strength', 'an inference rating needs a strength: strong or weak'],
    ['a confidence of 7', { ratings: [{ participant: 'p-a', target: 't', stance: 'agree', confidence: 7, at: AT }] }, 'workshop.ratings[0].confidence', 'must be a whole number from 1 to 5'],
    ['an unknown target', { ratings: [{ participant: 'p-a', target: 'gone', stance: 'agree', at: AT }] }, 'workshop.ratings[0].target', 'no statement or inference with id "gone"'],
    ['an unknown round', { ratings: [{ participant: 'p-a', target: 't', stance: 'agree', round: 'r-9', at: AT }] }, 'workshop.ratings[0].round', 'no round with id "r-9"'],
    ['a bad date', { ratings: [{ participant: 'p-a', target: 't', stance: 'agree', at: 'yesterday' }] }, 'workshop.ratings[0].at', 'must be an ISO 8601 date'],
    ['a typo in a field', { ratings: [{ participant: 'p-a', target: 't', stanse: 'agree', stance: 'agree', at: AT }] }, 'workshop.ratings[0].stanse', 'is not a field of workshop data'],
    ['a round closed before it opened', { rounds: [{ id: 'r', name: 'R', openedAt: AT, closedAt: '2024-01-01T00:00:00Z' }] }, 'workshop.rounds[0].closedAt', 'is before openedAt'],
    ['a scenario accepting and rejecting one statement', { scenarios: [{ ...workshop.scenarios[0], accept: ['r1'] }] }, 'workshop.scenarios[0].reject', '"r1" cannot be both accepted and rejected'],
    ['a walkthrough step at a missing statement', { walkthrough: { steps: [{ statement: 'nope', note: '' }], updatedAt: AT } }, 'workshop.walkthrough.steps[0].statement', 'no statement with id "nope"'],
    ['two ratings of one target by one person in one round', { ratings: [workshop.ratings[1], workshop.ratings[1]] }, 'workshop.ratings[1]', 'the same participant rated this target twice in the same round'],
    ['an unknown section', { votes: [] }, 'workshop.votes', 'is not a field of workshop data'],
  ])('names the field of %s', (_name, input, path, message) => {
    const { issues } = checkWorkshop(input, refs);
    expect(issues).toContainEqual({ path, message });
  });

  it('keeps the valid records and drops only the bad ones', () => {
    const { workshop: w, issues } = checkWorkshop({ ...workshop, ratings: [...workshop.ratings, { participant: 'p-cy', target: 't', stance: 'maybe', at: AT }] }, refs);
    expect(issues).toEqual([{ path: 'workshop.ratings[2].stance', message: 'must be one of agree, disagree' }]);
    expect(w.ratings).toHaveLength(2);
    expect(w.rounds).toHaveLength(1);
    expect(w.walkthrough?.steps).toHaveLength(2);
  });

  it('drops references to removed statements quietly when reading a live document', () => {
    const gone = { statements: new Set(['t']), inferences: new Set<string>() };
    const { workshop: w, issues } = checkWorkshop(workshop, gone, { dropDangling: true });
    expect(issues).toEqual([]);
    expect(w.walkthrough?.steps.map((s) => s.statement)).toEqual(['t']);
    expect(w.scenarios[0].reject).toEqual([]);
  });

  it('is reported by validateMap with the path of the bad field, and the JSON Schema agrees', () => {
    const bad = { ...small(), workshop: { ratings: [{ participant: 'p-a', target: small().statements[0].id, stance: 'meh', at: AT }] } };
    const result = validateMap(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual({ path: 'workshop.ratings[0].stance', message: 'must be one of agree, disagree' });
    expect(check(bad)).toBe(false);
  });
});
