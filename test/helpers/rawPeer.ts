import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';

/** A y-websocket message built from parts: numbers as varUint, strings as varString, bytes as varUint8Array. */
export function frame(...parts: (number | Uint8Array | string)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else if (typeof p === 'string') encoding.writeVarString(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}

/** Sync step 1 with an empty state vector: "send me the whole map". */
export const syncStep1 = () => frame(0, 0, Y.encodeStateVector(new Y.Doc()));
/** A sync update message carrying a Yjs update. */
export const syncUpdate = (update: Uint8Array) => frame(0, 2, update);

/** An awareness message setting `state` (JSON-encoded as given) for `clientId` at `clock`. */
export function awarenessFrame(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(e, clientId);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, json);
  }
  return frame(1, encoding.toUint8Array(e));
}

/** Decodes the awareness states in an awareness message (type 1), or undefined for other messages. */
export function readAwareness(message: Uint8Array): Map<number, unknown> | undefined {
  const d = decoding.createDecoder(message);
  if (decoding.readVarUint(d) !== 1) return undefined;
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const out = new Map<number, unknown>();
  const n = decoding.readVarUint(inner);
  for (let i = 0; i < n; i++) {
    const id = decoding.readVarUint(inner);
    decoding.readVarUint(inner);
    out.set(id, JSON.parse(decoding.readVarString(inner)));
  }
  return out;
}

/** The sync sub-type (0 step 1, 1 step 2, 2 update) of a sync message, or undefined for other messages. */
export function syncKind(message: Uint8Array): number | undefined {
  const d = decoding.createDecoder(message);
  return decoding.readVarUint(d) === 0 ? decoding.readVarUint(d) : undefined;
}

/**
 * A hand-driven y-websocket peer over a raw socket (what a hostile client would use): every
 * received message and the close are recorded; `pause()` stops reading the socket.
 */
export async function openPeer(url: string) {
  const ws = new WebSocket(url);
  const messages: Uint8Array[] = [];
  let bytes = 0;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('message', (data: Buffer) => {
    bytes += data.byteLength;
    messages.push(new Uint8Array(data));
  });
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before opening`)));
  });
  const socket = (ws as unknown as { _socket: import('node:net').Socket })._socket;
  return {
    ws,
    messages,
    closed,
    received: () => bytes,
    send: (m: Uint8Array) => new Promise<void>((resolve) => ws.send(m, () => resolve())),
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    isOpen: () => ws.readyState === WebSocket.OPEN,
  };
}

export type RawPeer = Awaited<ReturnType<typeof openPeer>>;

/** The document a raw peer is served: asks for the whole map and applies the answer (sync step 2) to a fresh Y.Doc. */
export async function fetchDoc(peer: RawPeer, timeoutMs = 5000): Promise<Y.Doc> {
  const seen = peer.messages.length;
  await peer.send(syncStep1());
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = peer.messages.slice(seen).find((m) => syncKind(m) === 1);
    if (reply) {
      const d = decoding.createDecoder(reply);
      decoding.readVarUint(d);
      decoding.readVarUint(d);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decoding.readVarUint8Array(d));
      return doc;
    }
    if (Date.now() > deadline) throw new Error('no sync step 2 reply');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The reasons of the permission-denied auth messages (type 2, 0) a raw peer received. */
export const deniedReasons = (peer: RawPeer): string[] =>
  peer.messages.flatMap((m) => {
    const d = decoding.createDecoder(m);
    return decoding.readVarUint(d) === 2 && decoding.readVarUint(d) === 0 ? [decoding.readVarString(d)] : [];
  });

/**
 * A raw sync socket to `room` that asks for the whole map as soon as it opens, as a client's
 * first message does: whether an answer came before the close, how many messages came, and the
 * close. `origin` is the Origin header a browser page would send (none when undefined). The
 * caller terminates `ws` when done.
 */
export function askForMap(serverUrl: string, room: string, origin?: string) {
  const ws = new WebSocket(`${serverUrl.replace(/^http/, 'ws')}/sync/${room}`, origin === undefined ? {} : { origin });
  let received = 0;
  ws.on('message', () => received++);
  ws.on('error', () => {});
  ws.on('open', () => ws.send(syncStep1()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const answered = new Promise<boolean>((resolve) => (ws.once('message', () => resolve(true)), void closed.then(() => resolve(false))));
  return { ws, closed, answered, received: () => received };
}
