import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

import { applyOps } from '../../../core/sync';
import { awarenessFrame, openPeer, syncStep1, syncUpdate, type RawPeer } from '../../helpers/rawPeer';
import { sid, testStatement } from '../../helpers/ids';

/** When each editor's edits left, by the clock they ended at: listeners turn arrivals into latencies. */
export interface SendLog {
  readonly client: number;
  readonly sends: { clock: number; at: number }[];
}

/** The update carried by a sync step 2 or update message, or undefined for other messages. */
export function readSyncPayload(message: Uint8Array): Uint8Array | undefined {
  const d = decoding.createDecoder(message);
  if (decoding.readVarUint(d) !== 0) return undefined;
  const sub = decoding.readVarUint(d);
  return sub === 1 || sub === 2 ? decoding.readVarUint8Array(d) : undefined;
}

/**
 * An editor: adds its own statement, then edits its text `perSecond` times a second and sends
 * its pointer twice a second, as a participant typing would; remote changes are not applied
 * (its edits never depend on them), so a load of editors stays cheap for this process.
 */
export async function startEditor(url: string, name: string, perSecond: number, onClose: (code: number) => void) {
  const peer = await openPeer(url);
  const doc = new Y.Doc();
  const log: SendLog = { client: doc.clientID, sends: [] };
  let n = 0;
  let awarenessClock = 0;
  const send = (ops: Parameters<typeof applyOps>[1]) => {
    const before = Y.encodeStateVector(doc);
    applyOps(doc, ops);
    void peer.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)));
    log.sends.push({ clock: Y.getState(doc.store, doc.clientID), at: performance.now() });
  };
  send([{ type: 'addStatement', statement: testStatement({ id: name, text: `${name} starts` }) }]);
  let edits: NodeJS.Timeout | undefined;
  let pointer: NodeJS.Timeout | undefined;
  const begin = () => {
    edits = setInterval(() => peer.isOpen() && send([{ type: 'setStatementText', id: sid(name), text: `${name} edit ${n++ % 50}` }]), 1000 / perSecond);
    pointer = setInterval(sendPointer, 500);
  };
  const sendPointer = () => {
    if (!peer.isOpen()) return;
    const state = { user: { name, color: '#3366cc' }, cursor: { x: n % 500, y: 100 }, selection: [], editing: name, viewport: null, drag: null };
    void peer.send(awarenessFrame([{ clientId: doc.clientID, clock: ++awarenessClock, json: JSON.stringify(state) }]));
  };
  void peer.closed.then(({ code }) => onClose(code));
  return {
    log,
    doc,
    /** Starts editing (once everyone has joined). */
    begin,
    stop() {
      clearInterval(edits);
      clearInterval(pointer);
    },
    close: () => peer.ws.terminate(),
  };
}

/**
 * A listener: joins, asks for the whole map, and reads everything. A measuring one also keeps
 * the document (for the convergence check) and records each editor's edit latency.
 */
export async function startListener(url: string, measure: { logs: readonly SendLog[]; latencies: number[] } | undefined, onClose: (code: number) => void) {
  const peer: RawPeer = await openPeer(url);
  void peer.closed.then(({ code }) => onClose(code));
  const doc = measure ? new Y.Doc() : undefined;
  if (measure) {
    // Edits sent before this listener joined are not latencies.
    const next = new Map(measure.logs.map((log) => [log.client, log.sends.length]));
    peer.ws.on('message', (data: Buffer) => {
      const update = readSyncPayload(new Uint8Array(data));
      if (!update) return;
      const now = performance.now();
      Y.applyUpdate(doc!, update);
      const { to } = Y.parseUpdateMeta(update);
      for (const log of measure.logs) {
        const clock = to.get(log.client);
        if (clock === undefined) continue;
        let i = next.get(log.client) ?? 0;
        for (; i < log.sends.length && log.sends[i].clock <= clock; i++) measure.latencies.push(now - log.sends[i].at);
        next.set(log.client, i);
      }
    });
  }
  // Only the received messages are needed; drop them as they come so memory stays flat.
  peer.ws.on('message', () => void peer.messages.splice(0));
  await peer.send(syncStep1());
  return { doc, peer, close: () => peer.ws.terminate() };
}
