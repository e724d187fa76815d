import { describe, expect, it } from 'vitest';
import { createEmptyMap, parseMap, readMapText, serializeMap, validateMap } from '../../../core/model';
import { testStatement } from '../../helpers/ids';

const base = () => ({
  ...createEmptyMap('T'),
  sources: [{ id: 'src', title: 'S', text: 'Hello brave world' }],
  statements: [
    testStatement({ id: 'a', text: 'A', anchors: [{ source: 'src', start: 6, end: 11, quote: 'brave' }] }),
    testStatement({ id: 'b', text: 'B' }),
    testStatement({ id: 'c', text: 'C' }),
  ],
  inferences: [
    { id: 'i1', premises: ['b', 'c'], target: 'a', polarity: 'support' },
    { id: 'u1', premises: ['c'], target: 'i1', polarity: 'attack' },
  ],
});

describe('validateMap', () => {
  it('accepts a valid map and round-trips it', () => {
    const r = validateMap(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(parseMap(serializeMap(r.map))).toEqual(r.map);
  });

  it.each([
    ['statements[0].kind', (m: any) => (m.statements[0] = { ...m.statements[0], kind: 'opinion' })],
    ['statements[1].id', (m: any) => (m.statements[1] = { ...m.statements[1], id: 'a' })],
    ['inferences[0].premises[1]', (m: any) => (m.inferences[0] = { ...m.inferences[0], premises: ['b', 'zz'] })],
    ['inferences[1].polarity', (m: any) => (m.inferences[1] = { ...m.inferences[1], polarity: 'support' })],
    ['statements[0].anchors[0].quote', (m: any) => (m.statements[0] = { ...m.statements[0], anchors: [{ source: 'src', start: 0, end: 5, quote: 'brave' }] })],
    ['version', (m: any) => (m.version = 7)],
    ['statements', (m: any) => delete m.statements],
  ])('names the field %s when it is wrong', (path, spoil) => {
    const m: any = base();
    spoil(m);
    const r = validateMap(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  it('reports broken JSON without throwing SyntaxError', () => {
    expect(() => parseMap('{"schema": ')).toThrow(/not valid JSON/);
  });

  it('readMapText returns the problems as a value (broken JSON is one problem at the map)', () => {
    expect(readMapText('{"schema": ')).toEqual({ ok: false, issues: [{ path: '', message: expect.stringMatching(/^not valid JSON/) }] });
    const r = readMapText(JSON.stringify({ ...createEmptyMap(), statements: [{ id: 'a', text: 1 }] }));
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['statements[0].text']);
    expect(readMapText(serializeMap(createEmptyMap('T')))).toEqual({ ok: true, map: createEmptyMap('T') });
  });
});
