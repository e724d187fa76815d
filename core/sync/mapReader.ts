import * as Y from 'yjs';
import { type ArgumentMap, type Statement, MAP_SCHEMA, MAP_VERSION, validateMap } from '../model';
import { getDocParts } from './docShape';
import { readMap, readStatement } from './readMap';
import { getWorkshopParts, readWorkshop } from './workshop';

/**
 * Keeps a map read from a Y.Doc up to date transaction by transaction, with work proportional
 * to the edit: a transaction that only changes fields of existing statements (typing, moving,
 * re-kinding — nearly every transaction) re-reads and validates just those statements and
 * keeps every other record, and the arrays holding them, the same objects. Anything that can
 * change references (statements added or removed, relations, comments, sources, title) is read
 * in full by readMap, whose repair rules then apply; records equal to the previous ones keep
 * their identity there too, so memoised views re-render only what changed.
 */
export interface MapReader {
  readonly map: ArgumentMap;
  /** How many problems the last full read repaired (dropped records). */
  readonly problems: number;
  /** Brings `map` up to date after a transaction; returns true when it changed. */
  apply(transaction: Y.Transaction): boolean;
}

export function createMapReader(doc: Y.Doc): MapReader {
  const parts = getDocParts(doc);
  const workshopParts = getWorkshopParts(doc);
  let map: ArgumentMap;
  let problems = 0;
  let position = new Map<string, number>();

  const readFull = () => {
    const read = readMap(doc);
    map = map ? shareRecords(map, read.map) : read.map;
    problems = read.problems.length;
    position = new Map(map.statements.map((s, i) => [s.id, i]));
  };
  readFull();

  /** The statement a changed type belongs to (its Y.Map or its text), or undefined when it is not inside one. */
  const statementOf = (type: Y.AbstractType<unknown>): string | undefined => {
    let item = type._item;
    while (item && item.parent !== parts.statements) item = (item.parent as Y.AbstractType<unknown>)._item;
    return item?.parentSub ?? undefined;
  };

  /** The statements changed in place, validated one by one; undefined when a full read is needed. */
  const patchStatements = (ids: ReadonlySet<string>): Statement[] | undefined => {
    let statements: Statement[] | undefined;
    for (const id of ids) {
      const y = parts.statements.get(id);
      const at = position.get(id);
      if (!y || at === undefined) return undefined;
      const raw = readStatement(id, y);
      const cited = new Set(Array.isArray(raw.anchors) ? raw.anchors.map((a: { source?: unknown }) => a?.source) : []);
      const checked = validateMap({ schema: MAP_SCHEMA, version: MAP_VERSION, title: '', statements: [raw], sources: map.sources.filter((s) => cited.has(s.id)) });
      if (!checked.ok) return undefined; // an invalid statement takes its relations along: readMap decides
      const next = checked.map.statements[0];
      if (sameJson(next, map.statements[at])) continue;
      statements ??= [...map.statements];
      statements[at] = next;
    }
    return statements ?? (map.statements as Statement[]);
  };

  return {
    get map() {
      return map;
    },
    get problems() {
      return problems;
    },
    apply(transaction) {
      const before = map;
      const touched = new Set<string>();
      let full = false;
      let workshop = false;
      for (const changed of transaction.changed.keys()) {
        const type = changed as unknown as Y.AbstractType<unknown>;
        // Workshop values are replaced whole, so their changes are on the two roots.
        if (type === workshopParts.ratings || type === workshopParts.workshop) workshop = true;
        else {
          const id = type === (parts.statements as Y.AbstractType<unknown>) ? undefined : statementOf(type);
          if (id === undefined) full = true;
          else touched.add(id);
        }
      }
      if (!full && touched.size > 0) {
        const statements = patchStatements(touched);
        if (statements) map = statements === map.statements ? map : { ...map, statements };
        else full = true;
      }
      if (full) readFull();
      else if (workshop) {
        const data = readWorkshop(doc, map);
        const { workshop: _old, ...rest } = map;
        map = data ? { ...rest, workshop: data } : rest;
      }
      return map !== before;
    },
  };
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `next` with every record equal to one in `prev` replaced by that object (and whole arrays kept when nothing in them changed). */
export function shareRecords(prev: ArgumentMap, next: ArgumentMap): ArgumentMap {
  const share = <T extends { id: string }>(a: readonly T[], b: readonly T[]): readonly T[] => {
    const old = new Map(a.map((x) => [x.id, x]));
    let same = a.length === b.length;
    const out = b.map((x, i) => {
      const o = old.get(x.id);
      const kept = o && sameJson(o, x) ? o : x;
      if (kept !== a[i]) same = false;
      return kept;
    });
    return same ? a : out;
  };
  const shared: ArgumentMap = {
    ...next,
    statements: share(prev.statements, next.statements),
    inferences: share(prev.inferences, next.inferences),
    comments: share(prev.comments, next.comments),
    sources: share(prev.sources, next.sources),
    ...(next.workshop && { workshop: sameJson(prev.workshop, next.workshop) ? prev.workshop : next.workshop }),
  };
  const keys = Object.keys(shared) as (keyof ArgumentMap)[];
  const unchanged = keys.length === Object.keys(prev).length && keys.every((k) => shared[k] === prev[k]);
  return unchanged ? prev : shared;
}
