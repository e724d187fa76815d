import type { ArgumentMap, Position, SourceId, Statement } from '../../core/model';
import type { MapOp } from '../../core/ops';
import type { Box } from '../../core/layout';
import { getPasteOps } from '../actions/clipboard';
import { getCardBoxes, placeArrivals } from '../actions/placement';

export interface ImportPlan {
  readonly ops: MapOp[];
  /** The new statements' ids. */
  readonly ids: string[];
  /** What the person importing should know: the importer's notes, then anchors that were dropped. */
  readonly notes: string[];
}

/**
 * Anchors point at a source by id. An imported anchor keeps pointing at its text when this
 * map holds the same text (under that id or another); anchors into texts this map lacks are dropped.
 */
function remapAnchors(map: ArgumentMap, imported: ArgumentMap, statements: readonly Statement[]): { statements: Statement[]; note?: string } {
  const target = new Map<string, SourceId>();
  for (const src of imported.sources) {
    const same = map.sources.find((m) => m.id === src.id && m.text === src.text) ?? map.sources.find((m) => m.text === src.text);
    if (same) target.set(src.id, same.id);
  }
  const byId = new Map<string, string>(map.sources.map((s) => [s.id, s.text]));
  let dropped = 0;
  const missing = new Set<string>();
  const out = statements.map((s) => {
    const anchors = s.anchors.flatMap((a) => {
      const source = target.get(a.source);
      if (source && byId.get(source)?.slice(a.start, a.end) === a.quote) return [{ ...a, source }];
      dropped++;
      missing.add(imported.sources.find((x) => x.id === a.source)?.title ?? a.source);
      return [];
    });
    return anchors.length === s.anchors.length && anchors.every((a, i) => a.source === s.anchors[i].source) ? s : { ...s, anchors };
  });
  if (dropped === 0) return { statements: out };
  const names = [...missing].slice(0, 3).map((t) => `“${t}”`).join(', ');
  return { statements: out, note: `dropped ${dropped} anchor${dropped === 1 ? '' : 's'} into ${names}${missing.size > 3 ? ' and others' : ''}: this map does not hold ${missing.size === 1 ? 'that source text' : 'those source texts'}` };
}

/**
 * Ops that add an imported map to an open one as a single edit: fresh ids, relations and
 * comments kept, its own arrangement (or a fresh layout of it) moved as one into free space
 * around `centre` (where the person is looking), anchors kept only where this map has the same
 * source text. Title, description and sources of the imported map are not taken over.
 */
export function getImportOps(
  map: ArgumentMap,
  imported: ArgumentMap,
  newId: (prefix: string) => string,
  importerNotes: readonly string[] = [],
  centre: Position = { x: 0, y: 0 },
  obstacles: readonly Box[] = getCardBoxes(map),
): ImportPlan {
  const anchored = remapAnchors(map, imported, imported.statements);
  const content = { kind: 'warrant-clipboard', statements: anchored.statements, inferences: imported.inferences, comments: imported.comments } as const;
  const positions = placeArrivals(map, content, centre, obstacles);
  const { ops, ids } = getPasteOps(map, content, newId, positions);
  return { ops, ids, notes: [...importerNotes, ...(anchored.note ? [anchored.note] : [])] };
}
