import type { ExportOptions } from '../formats/format';
import type { ArgumentMap } from '../model/types';
import { buildScene } from '../render/buildScene';
import type { Scene } from '../render/scene';
import { composeFigure } from './compose';

/**
 * The scenes an export draws: the plain figure when no figure options are given, else the
 * composed figure, or only the sub-figure `options.part` names ('a', 'b', …).
 */
export function getFigureScenes(map: ArgumentMap, options: ExportOptions = {}): Scene[] {
  if (!options.figure) return [buildScene(map, { legend: options.legend })];
  const parts = composeFigure(map, options.figure, options.legend).parts;
  if (!options.part) return parts.map((p) => p.scene);
  const part = parts.find((p) => p.label === options.part);
  if (!part) throw new RangeError(`The figure has no part "${options.part}" (it has ${parts.map((p) => p.label || 'one part').join(', ')})`);
  return [part.scene];
}
