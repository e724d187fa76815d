import { describe, expect, it } from 'vitest';
import { type EvaluateOptions, EvaluationError, evaluate, explain } from '../../../core/semantics';
import { sketch } from './sketch';

const bridge = {
  a: { text: 'Repair the bridge this year' },
  b: { text: 'The budget is spent' },
  c: { text: 'Reserves were found' },
};

describe('explain', () => {
  it.each([
    ['an attack that holds', ['b -x a', 'c -x b'], bridge, {}, 'b',
      'OUT because it is attacked by “Reserves were found” (c), which is IN'],
    ['reinstatement', ['b -x a', 'c -x b'], bridge, {}, 'a',
      'IN because it stands as a premise and every attack on it fails: “The budget is spent” (b), which is OUT'],
    ['a leaf', ['b -x a', 'c -x b'], bridge, {}, 'c', 'IN because nothing supports or attacks it: it stands as a premise'],
    ['support that holds', ['e -> a'], { e: { text: 'The study shows fewer accidents' } }, {}, 'a',
      'IN because it is supported by “The study shows fewer accidents” (e), which is IN, and nothing attacks it'],
    ['linked support that holds', ['b, c -> a', 'x -x b', 'y -x x'], {}, {}, 'a',
      'IN because it is supported by “B” (b) and “C” (c) together, whose premises are all IN, and nothing attacks it'],
    ['linked support that fails', ['b, c -> a', 'x -x c'], {}, {}, 'a',
      'OUT because its only support fails: “B” (b) and “C” (c) together, of which “C” (c) is OUT'],
    ['several supports that fail', ['b -> a', 'c -> a', 'x -x b', 'x -x c'], {}, {}, 'a',
      'OUT because none of its supports holds: “B” (b), which is OUT; “C” (c), which is OUT'],
    ['an undercut support', ['i: e -> a', 'k: u -x i'], {}, {}, 'a',
      'OUT because its only support fails: “E” (e), whose step is undercut by “U” (u), which is IN'],
    ['the undercut step', ['i: e -> a', 'k: u -x i'], {}, {}, 'i', 'OUT because it is undercut by “U” (u), which is IN'],
    ['an undercut undercut', ['i: e -> a', 'k: u -x i', 'm: v -x k'], {}, {}, 'i',
      'IN because its premise “E” (e) is IN and every undercut of it is OUT'],
    ['a linked attack', ['k: a, b -x c'], {}, {}, 'c', 'OUT because it is attacked by “A” (a) and “B” (b) together, which are all IN'],
    ['an odd cycle', ['a -x b', 'b -x c', 'c -x a'], {}, {}, 'a',
      'UNDEC because it is in an odd cycle of attacks with “B” (b) and “C” (c): no consistent choice settles it'],
    ['an even cycle', ['a -x b', 'b -x a'], {}, {}, 'a',
      'UNDEC because it is in a cycle of attacks with “B” (b) that either side could win; grounded semantics does not pick a side (preferred semantics shows each outcome)'],
    ['downstream of a cycle', ['a -x b', 'b -x a', 'a -x c'], {}, {}, 'c',
      'UNDEC because it is attacked by “A” (a), which is UNDEC, and nothing settles that attack'],
    ['resting on an undecided step', ['i: e -> a', 'k: u -x i', 'u -x v', 'v -x u'], {}, {}, 'a',
      'UNDEC because it rests on “E” (e), whose step is undercut by “U” (u), which is UNDEC'],
    ['attacking itself', ['a -x a'], {}, {}, 'a', 'UNDEC because it attacks itself'],
    ['circular support', ['a -> b', 'b -> a'], { b: { text: 'The tram pays off' } }, {}, 'a',
      'OUT because its support goes round in a circle (through “The tram pays off” (b)) and nothing outside the circle holds it up'],
    ['what-if accept', ['a -x b', 'b -x a'], {}, { accept: ['a'] }, 'a', 'IN: accepted by you (what-if)'],
    ['what-if reject', ['a -x b'], {}, { reject: ['a'] }, 'a', 'OUT: rejected by you (what-if)'],
    ['after a what-if', ['a -x b', 'b -x a'], {}, { accept: ['a'] }, 'b', 'OUT because it is attacked by “A” (a), which is IN'],
  ])('%s', (_, relations, texts, options: EvaluateOptions, id, sentence) => {
    const map = sketch(relations, { with: texts });
    expect(explain(map, evaluate(map, { ...options, semantics: 'grounded' }), id)).toBe(sentence);
  });

  it('explains each preferred labelling on its own terms', () => {
    const map = sketch(['a -x b', 'b -x a']);
    const [first, second] = evaluate(map, { semantics: 'preferred' });
    expect(explain(map, first, 'b')).toBe('OUT because it is attacked by “A” (a), which is IN');
    expect(explain(map, second, 'a')).toBe('OUT because it is attacked by “B” (b), which is IN');
  });

  it('names the unknown id', () => {
    const map = sketch(['a -x b']);
    expect(() => explain(map, evaluate(map), 'zz')).toThrow(EvaluationError);
  });

  it('names a titled argument by its title', () => {
    const plain = sketch(['k: a, b -x c']);
    const map = { ...plain, inferences: [{ ...plain.inferences[0], label: 'Cost argument' }] };
    expect(explain(map, evaluate(map), 'c')).toBe('OUT because it is attacked by the argument “Cost argument” (k), which is IN');
  });

  it('names a statement with no text by its id', () => {
    const map = sketch(['a -x b'], { with: { a: { text: '' } } });
    expect(explain(map, evaluate(map), 'b')).toBe('OUT because it is attacked by statement a, which is IN');
    const long = explain(map, evaluate(map, { reject: ['a'] }), 'b');
    expect(long).toMatch(/^IN because it stands as a premise and every attack on it fails: statement a, which is OUT$/);
    const named = explain(map, evaluate(map, { accept: ['b'] }), 'a-xb');
    expect(named).toBe('IN because its premise statement a is IN and nothing undercuts it');
  });

  it('cuts a long statement short in a sentence', () => {
    const map = sketch(['a -x b'], { with: { a: { text: `Because ${'very '.repeat(30)}long` } } });
    const quoted = /“(.*)”/.exec(explain(map, evaluate(map), 'b'))![1];
    expect(quoted.length).toBeLessThanOrEqual(80);
    expect(quoted).toMatch(/^Because (very )+very…$/);
  });
});
