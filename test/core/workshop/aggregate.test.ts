import { describe, expect, it } from 'vitest';
import {
  type Rating, aggregateRatings, compareRounds, describeConsensus, describeSummary, isControversial, selectRatings, summarizeRatings,
} from '../../../core/workshop';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 10, minute)).toISOString();
const agree = (participant: string, confidence?: number, extra: Partial<Rating> = {}): Rating =>
  ({ participant, target: 't', stance: 'agree', ...(confidence !== undefined && { confidence }), at: at(0), ...extra });
const disagree = (participant: string, confidence?: number, extra: Partial<Rating> = {}): Rating => ({ ...agree(participant, confidence, extra), stance: 'disagree' });

describe('consensus and controversy', () => {
  it.each([
    ['two certain agrees', [agree('a', 5), agree('b', 5)], 1, 0],
    ['one certain agree, one certain disagree', [agree('a', 5), disagree('b', 5)], 0, 1],
    ['mild agree and mild disagree are less controversial', [agree('a', 1), disagree('b', 1)], 0, 0.2],
    ['agree 3, disagree 1, agree 4', [agree('a', 3), disagree('b', 1), agree('c', 4)], 0.4, 0.43],
    ['a missing confidence counts as 3', [agree('a'), agree('b', 3)], 0.6, 0],
    ['all disagree', [disagree('a', 5), disagree('b', 5), disagree('c', 5)], -1, 0],
    ['nobody', [], 0, 0],
  ] as const)('%s', (_name, ratings, consensus, controversy) => {
    const s = summarizeRatings('t', ratings);
    expect([s.consensus, s.controversy]).toEqual([consensus, controversy]);
  });

  it('scores inference ratings strong +1, weak −1 and counts them apart', () => {
    const s = summarizeRatings('i', [
      { participant: 'a', target: 'i', strength: 'strong', at: at(0) },
      { participant: 'b', target: 'i', strength: 'weak', at: at(0) },
      { participant: 'c', target: 'i', strength: 'strong', at: at(0) },
    ]);
    expect(s).toMatchObject({ count: 3, strong: 2, weak: 1, agree: 0, meanConfidence: null, consensus: 0.33 });
    expect(describeSummary(s)).toBe('2 strong, 1 weak');
  });

  it('describes a summary with counts, never names', () => {
    const s = summarizeRatings('t', [agree('a', 4, { name: 'Ada' }), agree('b', 3, { name: 'Ben' }), disagree('c', 2, { name: 'Cy' })]);
    expect(describeSummary(s)).toBe('2 agree, 1 disagree, mean confidence 3.0');
    expect(describeSummary(summarizeRatings('t', []))).toBe('no ratings yet');
  });

  it('calls a room split only with two or more ratings on both sides', () => {
    expect(isControversial(summarizeRatings('t', [agree('a', 5), disagree('b', 5)]))).toBe(true);
    expect(isControversial(summarizeRatings('t', [agree('a', 5), agree('b', 5)]))).toBe(false);
    expect(isControversial(summarizeRatings('t', [disagree('a', 5)]))).toBe(false);
  });

  it.each([[1, 'broad agreement'], [0.3, 'leaning agree'], [0, 'divided or neutral'], [-0.4, 'leaning disagree'], [-0.9, 'broad disagreement']])(
    'words consensus %d as %s', (x, words) => expect(describeConsensus(x)).toBe(words));
});

describe('scopes and rounds', () => {
  const ratings: Rating[] = [
    agree('a', 5, { round: 'r1', at: at(1) }),
    disagree('b', 5, { round: 'r1', at: at(2) }),
    agree('b', 4, { round: 'r2', at: at(10) }),
    agree('a', 5, { round: 'r2', at: at(11) }),
    disagree('c', 2, { at: at(3) }),
    agree('c', 2, { target: 'u', at: at(4) }),
  ];

  it('counts one round, the ratings outside rounds, or each person’s latest', () => {
    expect(selectRatings(ratings, { round: 'r1' }).map((r) => r.participant)).toEqual(['a', 'b']);
    expect(selectRatings(ratings, 'free').map((r) => r.participant)).toEqual(['c', 'c']);
    expect(selectRatings(ratings, 'latest').map((r) => [r.participant, r.target, r.stance])).toEqual([
      ['a', 't', 'agree'], ['b', 't', 'agree'], ['c', 't', 'disagree'], ['c', 'u', 'agree'],
    ]);
    expect([...aggregateRatings(ratings, 'latest').keys()]).toEqual(['t', 'u']);
  });

  it('puts the rounds side by side, in the order they were opened', () => {
    const rounds = [
      { id: 'r2', name: 'After', openedAt: at(9), closedAt: at(12) },
      { id: 'r1', name: 'Before', openedAt: at(0), closedAt: at(5) },
    ];
    const c = compareRounds({ ratings, rounds, scenarios: [] });
    expect(c.rounds.map((r) => r.name)).toEqual(['Before', 'After']);
    expect(c.rows.map((r) => r.target)).toEqual(['t']);
    const row = c.rows[0].byRound;
    expect([row.get('r1')!.consensus, row.get('r1')!.controversy, row.get('r2')!.consensus]).toEqual([0, 1, 0.9]);
  });
});
