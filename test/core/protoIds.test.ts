import { describe, expect, it } from 'vitest';
import { validateMap, type ArgumentMap } from '../../core/model';
import { layoutMap } from '../../core/layout';
import { getServerExportFormats } from '../../server/render/formats';
import { testStatement } from '../helpers/ids';

/** Ids that are also names of Object.prototype members: every place that keys by id must cope. */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

function protoMap(): ArgumentMap {
  const raw = {
    schema: 'warrant-map', version: 1, title: 'Prototype names', sources: [], comments: [],
    statements: NAMES.map((id, i) => testStatement({ id, text: `Statement ${id}`, kind: i === 0 ? 'thesis' : 'claim' })),
    inferences: NAMES.slice(1).map((id, i) => ({ id: `i${i}`, premises: [id], target: NAMES[i], polarity: i % 2 ? 'attack' : 'support' })),
  };
  const result = validateMap(JSON.parse(JSON.stringify(raw)));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.map;
}

describe('statement ids that name Object.prototype members', () => {
  it('keeps every statement through validation', () => {
    expect(protoMap().statements.map((s) => s.id)).toEqual(NAMES);
  });

  it('lays the map out with a position for every statement', () => {
    const layout = layoutMap(protoMap());
    for (const id of NAMES) expect(layout.boxes.get(id)).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
  });

  it.each(getServerExportFormats().map((f) => [f.id, f] as const))('exports as %s', async (_id, format) => {
    const out = await format.export(protoMap());
    expect(out.length).toBeGreaterThan(0);
  });
});
