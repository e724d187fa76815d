import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPresenceLayer, getInitials, getPeers, getPresenceLayerKey, readPresence } from '../../client/presence/peers';
import { throttle } from '../../client/presence/throttle';
import { USER_PALETTE, inkOn } from '../../client/presence/identity';

const ada = { user: { name: 'Ada', color: '#e4572e' }, cursor: { x: 1, y: 2 }, selection: ['a'], editing: null, viewport: null, drag: null };

describe('reading others’ awareness states', () => {
  it('keeps well-formed fields and drops malformed ones', () => {
    expect(readPresence(ada)).toEqual(ada);
    expect(readPresence({ user: { name: 'Bob', color: 'red; background: url(x)' }, cursor: { x: 'a', y: 2 }, selection: ['a', 3, 'b'], editing: 7, drag: { s: { x: 1, y: 2 }, t: 'no' } })).toEqual({
      user: { name: 'Bob', color: '#6b6b70' }, cursor: null, selection: ['a', 'b'], editing: null, viewport: null, drag: { s: { x: 1, y: 2 } },
    });
    expect(readPresence({ viewport: { x: 0, y: 0, zoom: 1, width: 10, height: 10 } })).toBeUndefined();
    expect(readPresence(null)).toBeUndefined();
    expect(readPresence({ user: {}, viewport: { x: 0, y: 0, zoom: 0, width: 10, height: 10 } })!.viewport).toBeNull();
  });

  it('lists the others, not oneself, in a stable order', () => {
    const states = new Map<number, unknown>([[30, ada], [10, { ...ada, user: { name: 'Cy', color: '#2e86ab' } }], [20, { user: { name: 'Me', color: '#000000' } }], [5, {}]]);
    expect(getPeers(states, 20).map((p) => [p.clientId, p.user.name])).toEqual([[10, 'Cy'], [30, 'Ada']]);
  });

  it.each([['Ada Lovelace', 'AL'], ['ada', 'A'], ['  Jean  Paul  Sartre ', 'JS'], ['', '?'], ['Élodie', 'É']])('initials of “%s” are %s', (name, initials) => {
    expect(getInitials(name)).toBe(initials);
  });
});

describe('the presence decoration layer', () => {
  it('rings what others select in their colours and badges who is typing', () => {
    const peers = getPeers(new Map<number, unknown>([
      [1, { ...ada, selection: ['a', 'b'] }],
      [2, { user: { name: 'Ben', color: '#2e86ab' }, selection: ['b'], editing: 'c' }],
    ]), 0);
    const layer = buildPresenceLayer(peers);
    expect(layer.badges!.get('a')!.map((b) => b.text)).toEqual(['Ada']);
    expect(layer.badges!.get('b')!.map((b) => b.text)).toEqual(['Ada', 'Ben']);
    expect(layer.badges!.get('c')!.map((b) => b.text)).toEqual(['✎ Ben']);
    expect(layer.styles!.get('b')!.boxShadow).toBe('0 0 0 3px #e4572e, 0 0 0 6px #2e86ab');
    expect(layer.styles!.get('c')!['--presence-color']).toBe('#2e86ab');
  });

  it('has a key that ignores cursor moves', () => {
    const one = getPeers(new Map([[1, ada]]), 0);
    const moved = getPeers(new Map([[1, { ...ada, cursor: { x: 50, y: 60 } }]]), 0);
    const selected = getPeers(new Map([[1, { ...ada, selection: ['z'] }]]), 0);
    expect(getPresenceLayerKey(moved)).toBe(getPresenceLayerKey(one));
    expect(getPresenceLayerKey(selected)).not.toBe(getPresenceLayerKey(one));
  });
});

describe('throttle', () => {
  afterEach(() => vi.useRealTimers());
  it('sends the first call at once and the newest of the rest once per interval', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 50);
    t(1);
    t(2);
    t(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([1, 3]);
    t(4);
    t.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1, 3]);
  });
});

describe('text on a participant’s colour', () => {
  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  const contrast = (a: string, b: string) => {
    const lum = (h: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const full = (c: string) => (c.length === 4 ? `#${[...c.slice(1)].map((d) => d + d).join('')}` : c);
  it.each([...USER_PALETTE, '#000000', '#ffffff', '#ffff00', '#6b6b70'])('%s gets text with at least 4.5:1 contrast (WCAG AA)', (color) => {
    expect(contrast(color, full(inkOn(color)))).toBeGreaterThanOrEqual(4.5);
  });
  it('falls back to white on a colour it cannot read', () => expect(inkOn('red')).toBe('#fff'));
});
