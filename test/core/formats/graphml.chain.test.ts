import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getExportFormat, getImportFormat } from '../../../core/formats';
import { type ArgumentMap, parseMap } from '../../../core/model';
import { signature } from '../../fixtures/formats/signature';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const seeded = new URL('../../../maps/csto-kazakhstan-2022.json', import.meta.url);
const maps: [string, () => ArgumentMap][] = [
  ['rich fixture', () => parseMap(fixture('rich-map.json'))],
  ['small fixture', () => parseMap(fixture('../smallMap.json'))],
];
if (existsSync(seeded)) maps.push(['seeded map', () => parseMap(readFileSync(seeded, 'utf8'))]);

/** One trip through a format, by its registered id: the registry wiring is part of what is tested. */
const through = (id: string, map: ArgumentMap): ArgumentMap => getImportFormat(id)!.import(getExportFormat(id)!.export(map) as string).map;

describe('interchange chain native → Argdown → AIF → GraphML → native', () => {
  it.each(maps)('%s keeps the graph (premises, targets, polarities, undercuts) by statement text', (_, get) => {
    const map = get();
    let current = map;
    for (const id of ['argdown', 'aif', 'graphml', 'json']) {
      current = through(id, current);
      expect(signature(current), `after ${id}`).toEqual(signature(map));
    }
    // Statement ids survive every step (Argdown titles, AIF node ids, GraphML node ids).
    expect(current.statements.map((s) => s.id)).toEqual(map.statements.map((s) => s.id));
  });

  it.each(['argdown', 'aif', 'graphml'])('%s is registered for import and export', (id) => {
    expect(getImportFormat(id)).toBeDefined();
    expect(getExportFormat(id)).toBeDefined();
  });
});
