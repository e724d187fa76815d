import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import { STATEMENTS } from '../../../core/sync';

/**
 * A y-websocket protocol client for load tests, without y-websocket's provider: it syncs its
 * Y.Doc once, then sends its own edits. An observer keeps applying what the server sends and
 * reports every statement move it sees; a plain mover ignores incoming traffic after the first
 * sync (20 full clients would spend the benchmark's CPU applying each other's updates).
 */

const SYNC = 0;
const REMOTE = 'remote';

export interface Move { readonly client: number; readonly seq: number }

export interface WireClient {
  readonly doc: Y.Doc;
  readonly synced: Promise<void>;
  /** Moves statement `id` to (seq, client): the position says who moved it and which move it was. */
  move(id: string, client: number, seq: number): void;
  /** Bytes received since connecting. */
  received(): number;
  close(): void;
}

export function connectWire(url: string, options: { observe?: (move: Move, at: number) => void; doc?: Y.Doc } = {}): WireClient {
  const doc = options.doc ?? new Y.Doc();
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  let isSynced = false;
  let bytes = 0;
  let markSynced!: () => void;
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    ws.once('error', reject);
    ws.once('close', (code) => !isSynced && reject(new Error(`socket closed (${code}) before the first sync`)));
  });
  const send = (e: encoding.Encoder) => ws.readyState === WebSocket.OPEN && ws.send(encoding.toUint8Array(e));
  ws.on('open', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, SYNC);
    syncProtocol.writeSyncStep1(e, doc);
    send(e);
  });
  ws.on('message', (data: ArrayBuffer) => {
    bytes += data.byteLength;
    if (isSynced && !options.observe) return;
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== SYNC) return; // awareness and the rest: not measured
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, SYNC);
    const kind = syncProtocol.readSyncMessage(d, reply, doc, REMOTE);
    if (encoding.length(reply) > 1) send(reply);
    if (kind === syncProtocol.messageYjsSyncStep2 && !isSynced) {
      isSynced = true;
      markSynced();
    }
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, SYNC);
    syncProtocol.writeUpdate(e, update);
    send(e);
  });
  if (options.observe) {
    const observe = options.observe;
    doc.getMap<Y.Map<unknown>>(STATEMENTS).observeDeep((events) => {
      const at = performance.now();
      for (const ev of events) {
        if (!(ev instanceof Y.YMapEvent) || !ev.keysChanged.has('position') || ev.transaction.origin !== REMOTE) continue;
        const p = (ev.target as Y.Map<unknown>).get('position') as { x: number; y: number } | undefined;
        if (p) observe({ client: p.y, seq: p.x }, at);
      }
    });
  }
  return {
    doc,
    synced,
    move(id, client, seq) {
      doc.getMap<Y.Map<unknown>>(STATEMENTS).get(id)?.set('position', { x: seq, y: client });
    },
    received: () => bytes,
    close: () => ws.close(),
  };
}
