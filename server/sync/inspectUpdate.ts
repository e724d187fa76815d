import * as Y from 'yjs';

/** Where a change lands: the root type's name and the map keys leading to it (null: a position in a text or list). */
export interface Place {
  readonly root: string;
  readonly path: readonly (string | null)[];
}

export type Change =
  | { readonly kind: 'insert'; readonly place: Place; readonly content: Y.Item["content"] }
  | { readonly kind: 'delete'; readonly place: Place };

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Inside content that was deleted and garbage-collected (e.g. a statement someone removed): what
 * lands there is deleted at once and changes nothing anyone can see.
 */
const VOID: Place = { root: '', path: [] };

/** The place of an item the document already holds. */
function placeOfDocItem(item: Y.Item | Y.GC): Place {
  if (!(item instanceof Y.Item)) return VOID;
  const path: (string | null)[] = [];
  let it: Y.Item = item;
  for (;;) {
    path.unshift(it.parentSub);
    const type = it.parent as Y.AbstractType<unknown>;
    if (type._item === null) return { root: Y.findRootTypeKey(type), path };
    it = type._item;
  }
}

/**
 * What an update would change in `doc`, read from its structs without applying it (cheap: no
 * copy of the document). Structs the document already has are no change. Undefined when the
 * update builds on changes the document lacks (it would wait in the document, and could later
 * change anything).
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): Change[] | undefined {
  const { structs, ds } = Y.decodeUpdate(update);
  const store = doc.store;
  // Items and garbage-collected ranges (content created and deleted while offline) of the update, per client.
  const byClient = new Map<number, (Y.Item | Y.GC)[]>();
  for (const s of structs as Struct[]) if (!(s instanceof Y.Skip)) (byClient.get(s.id.client) ?? byClient.set(s.id.client, []).get(s.id.client)!).push(s);
  const inDoc = (id: Y.ID) => id.clock < Y.getState(store, id.client);
  const findLocal = (id: Y.ID) => byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
  const memo = new Map<Y.Item, Place | undefined>();

  /** Resolves an item's place iteratively (a chain of typed characters can be long). */
  function placeOf(start: Y.Item): Place | undefined {
    const chain: { item: Y.Item; child: boolean }[] = [];
    let item: Y.Item | undefined = start;
    let place: Place | undefined;
    while (item) {
      if (memo.has(item)) {
        place = memo.get(item);
        break;
      }
      const parent = item.parent as unknown;
      if (typeof parent === 'string') {
        chain.push({ item, child: false });
        place = { root: parent, path: [item.parentSub] };
        break;
      }
      const next: Y.ID | null = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
      chain.push({ item, child: parent instanceof Y.ID });
      if (next === null) break;
      if (inDoc(next)) {
        place = placeOfDocItem(Y.getItem(store, next));
        break;
      }
      const local = findLocal(next);
      if (local instanceof Y.GC) {
        place = VOID;
        break;
      }
      item = local;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item: it, child } = chain[i];
      // The innermost entry already holds its own place when its parent was a root name.
      if (i === chain.length - 1 && typeof it.parent === 'string') {
        memo.set(it, place);
        continue;
      }
      if (place && place !== VOID && child) place = { root: place.root, path: [...place.path, it.parentSub] };
      memo.set(it, place);
    }
    return place;
  }

  // Yjs applies a client's changes in clock order: one that starts past what the document has waits.
  const next = new Map<number, number>();
  for (const s of structs as Struct[]) {
    if (s instanceof Y.Skip) continue;
    const expected = next.get(s.id.client) ?? Y.getState(store, s.id.client);
    if (s.id.clock > expected) return undefined;
    next.set(s.id.client, Math.max(expected, s.id.clock + s.length));
  }
  const changes: Change[] = [];
  for (const items of byClient.values()) {
    for (const item of items) {
      if (!(item instanceof Y.Item)) continue;
      if (item.id.clock + item.length <= Y.getState(store, item.id.client)) continue; // already here
      const place = placeOf(item);
      if (!place) return undefined;
      if (place !== VOID) changes.push({ kind: 'insert', place, content: item.content });
    }
  }
  for (const [client, ranges] of ds.clients) {
    const docStructs = store.clients.get(client) ?? [];
    const state = Y.getState(store, client);
    for (const { clock, len } of ranges) {
      if (clock < state) {
        for (let i = Y.findIndexSS(docStructs, clock); i < docStructs.length && docStructs[i].id.clock < clock + len; i++) {
          const s = docStructs[i];
          if (s instanceof Y.Item && !s.deleted) {
            const place = placeOfDocItem(s);
            if (place !== VOID) changes.push({ kind: 'delete', place });
          }
        }
      }
      if (clock + len > state) {
        // Deleting what this very update inserts (typed, then erased): fine if it is all here.
        for (let c = Math.max(clock, state); c < clock + len;) {
          const local = findLocal(Y.createID(client, c));
          if (!local) return undefined;
          c = local.id.clock + local.length;
        }
      }
    }
  }
  return changes;
}
