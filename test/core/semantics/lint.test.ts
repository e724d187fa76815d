import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Comment } from '../../../core/model';
import { lint, lintRules } from '../../../core/semantics';
import { sketch } from './sketch';
import { cid, nid, srcid } from '../../helpers/ids';

const comment = (id: string, target: string, text: string, more: Partial<Comment> = {}): Comment => ({
  id: cid(id), target: nid(target), text, author: 'facilitator', createdAt: '2024-05-01T10:00:00Z', ...more,
});
const source = { id: srcid('src'), title: 'Council minutes', text: 'The trams are full every morning.' };
const anchor = { source: srcid('src'), start: 4, end: 9, quote: 'trams' };
const given = { kind: 'evidence' as const };

/** The findings of one rule, as "target" or "target[related…]". */
const findings = (map: ArgumentMap, rule: string) =>
  lint(map).filter((f) => f.rule === rule).map((f) => (f.related ? `${f.target}[${f.related.join(',')}]` : f.target));

describe('lint rules', () => {
  it.each([
    ['unsupported-claim', 'a claim and a thesis with no support', sketch(['a -x t'], { with: { t: { kind: 'thesis' }, a: given } }), ['t']],
    ['unsupported-claim', 'supported claims pass; evidence and assumptions are given', sketch(['e -> c', 'x -x c'], { with: { e: given, x: { kind: 'assumption' } } }), []],
    ['unsupported-claim', 'notes and questions are not claims', sketch([], { with: { n: { kind: 'note' }, q: { kind: 'question' } } }), []],
    ['unanswered-objection', 'an attack nobody answers', sketch(['k: o -x t'], { with: { o: given } }), ['k[o]']],
    ['unanswered-objection', 'answered by attacking a premise', sketch(['k: o -x t', 'r -x o']), ['r-xo[r]']],
    ['unanswered-objection', 'answered by an undercut', sketch(['k: o -x t', 'm: r -x k']), ['m[r]']],
    ['unanswered-objection', 'a linked objection answered through one premise', sketch(['k: o, p -x t', 'r -x p']), ['r-xp[r]']],
    ['unanswered-objection', 'an undercut nobody answers', sketch(['i: e -> t', 'k: o -x i']), ['k[o]']],
    ['unanswered-objection', 'support is not an objection', sketch(['e -> t']), []],
    ['circular-support', 'a circle of two', sketch(['a -> b', 'b -> a']), ['a[a,b]']],
    ['circular-support', 'once per circle, members in map order', sketch(['a -> b', 'b -> c', 'c -> a', 'c -> d', 'x -> y', 'y -> x']), ['a[a,b,c]', 'x[x,y]']],
    ['circular-support', 'through linked premises', sketch(['a, e -> b', 'b -> a']), ['a[a,b]']],
    ['circular-support', 'attacks do not make a circle', sketch(['a -> b', 'b -x a']), []],
    ['circular-support', 'a chain is not a circle', sketch(['a -> b', 'b -> c', 'a -> c']), []],
    ['isolated-statement', 'lone statements, notes excepted', sketch(['a -> b'], { with: { lone: {}, n: { kind: 'note' }, q: { kind: 'question' } } }), ['lone', 'q']],
    ['isolated-statement', 'a target of an undercut is linked', sketch(['i: e -> t', 'o -x i']), []],
    ['hidden-assumption', 'single-premise supports only', sketch(['i: e -> t', 'j: a, b -> t', 'k: o -x t']), ['i[e,t]']],
    ['unanchored-statement', 'only when the map has sources', sketch(['e -> t']), []],
    ['unanchored-statement', 'claims without anchors; own additions exempt', sketch(['e -> t', 'a -> t'], {
      sources: [source],
      with: { e: { anchors: [anchor] }, a: { kind: 'assumption' }, n: { kind: 'note' }, q: { kind: 'question' } },
    }), ['t']],
    ['framing', 'tagged statements, any case', sketch(['e -> t'], { with: { t: { tags: ['Framing'] }, e: { tags: ['frame'] } } }), ['t']],
    ['framing', 'open "Framing:" comments', sketch(['e -> t', 'x -x t'], {
      comments: [
        comment('c1', 't', 'framing: "waste" already judges it'),
        comment('c2', 'e', 'Framing: resolved already', { resolved: true }),
        comment('c3', 'x', 'Framing: reply in a resolved thread', { parent: cid('c4') }),
        comment('c4', 'x', 'Is this neutral?', { resolved: true }),
        comment('c5', 'x', 'About framing: not a flag'),
      ],
    }), ['t']],
    ['framing', 'a statement with a tag and comments is reported once', sketch(['e -> t'], {
      with: { t: { tags: ['framing'] } },
      comments: [comment('c1', 't', 'Framing: one'), comment('c2', 't', 'Framing: two', { parent: cid('c1') })],
    }), ['t']],
  ])('%s: %s', (rule, _, map, expected) => {
    expect(findings(map, rule)).toEqual(expected);
  });
});

describe('lint findings', () => {
  const map = sketch(['k: o -x t', 'i: e -> t'], {
    title: 'Tram',
    with: {
      t: { text: 'We should build the tram', kind: 'thesis' },
      o: { text: 'It costs too much', kind: 'evidence' },
      e: { text: 'Trains are full at peak hours', kind: 'evidence' },
    },
    comments: [comment('c1', 't', 'Framing: "should" asks for a verdict before the options are on the table')],
  });

  it('reports rule by rule, in the order of the rules, with their severity', () => {
    const order = lintRules.map((r) => r.id);
    const found = lint(map);
    expect(found.map((f) => f.rule)).toEqual(['unanswered-objection', 'hidden-assumption', 'framing']);
    expect(found.map((f) => order.indexOf(f.rule))).toEqual([...found.map((f) => order.indexOf(f.rule))].sort((a, b) => a - b));
    for (const f of found) expect(f.severity).toBe(lintRules.find((r) => r.id === f.rule)!.severity);
  });

  it.each([
    ['unanswered-objection', 'Nobody has answered the objection “It costs too much” against “We should build the tram” yet. Reply to it with a counter-argument, or accept it and revise what it objects to.'],
    ['hidden-assumption', 'The step from “Trains are full at peak hours” to “We should build the tram” rests on “Trains are full at peak hours” alone. Is something taken for granted? The unstated premise may be: if “Trains are full at peak hours”, then “We should build the tram”. Consider adding it as a linked premise so the group can discuss it.'],
    ['framing', 'A facilitator flagged the wording of “We should build the tram” as framing (“"should" asks for a verdict before the options are on the table”). Before the group judges it, check whether the wording already takes a side, and rephrase it neutrally if it does.'],
  ])('writes %s for the participants', (rule, message) => {
    expect(lint(map).find((f) => f.rule === rule)?.message).toBe(message);
  });

  it('names the statements of an undercut step', () => {
    const undercut = sketch(['i: e -> t', 'k: o -x i'], { with: { e: { text: 'Trains are full' }, t: { text: 'Build the tram' }, o: { text: 'Only on Mondays' } } });
    expect(lint(undercut).find((f) => f.rule === 'unanswered-objection')?.message).toMatch(
      /^Nobody has answered the objection “Only on Mondays” against the step from “Trains are full” to “Build the tram” yet\./,
    );
  });

  it('finds nothing to question in a well-worked map', () => {
    const good = sketch(['i: e, w -> t'], { with: { e: given, w: { kind: 'assumption' }, t: { kind: 'thesis' } } });
    expect(lint(good)).toEqual([]);
  });
});
