import { describe, expect, it } from 'vitest';
import { readPresenting } from '../../client/workshop/presentation';

const state = (workshop: unknown) => ({ user: { name: 'Ann' }, workshop });

describe('a presenter’s shared collapse, as read from awareness (it comes from the network)', () => {
  it.each([
    ['a list of ids is shared', { step: 0, total: 2, statement: 't', collapsed: ['a', 'b'] }, ['a', 'b']],
    ['an older client sends none: nothing is collapsed', { step: 0, total: 2, statement: 't' }, []],
    ['not a list: nothing', { step: 0, total: 2, statement: 't', collapsed: 'a' }, []],
    ['a non-string id: nothing', { step: 0, total: 2, statement: 't', collapsed: ['a', 7] }, []],
    ['an over-long id: nothing', { step: 0, total: 2, statement: 't', collapsed: ['x'.repeat(129)] }, []],
    ['too many ids: nothing', { step: 0, total: 2, statement: 't', collapsed: Array.from({ length: 1001 }, (_, i) => `s${i}`) }, []],
  ])('%s', (_name, workshop, collapsed) => {
    expect(readPresenting(state(workshop))?.collapsed).toEqual(collapsed);
  });

  it('a malformed step still means not presenting, whatever the collapse list', () => {
    expect(readPresenting(state({ step: 3, total: 2, statement: 't', collapsed: ['a'] }))).toBeNull();
  });
});
