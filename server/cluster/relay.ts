import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { StoreHealth } from '../persistence/types';

/** The origin of changes that came from another instance (already stored there: not written again). */
export const RELAY_ORIGIN = 'warrant:relay';

/** Closing connections on every instance (a revoked link, a deleted map), or a room's hello. */
export interface ControlMessage {
  readonly room: string;
  readonly code: number;
  readonly reason: string;
  /** Only connections that came in with this share link (all of the room's when absent). */
  readonly linkId?: string;
  /** Not a close: an instance just loaded the room and asks the others to announce who is there. */
  readonly hello?: true;
}

export interface RoomMessages {
  readonly onUpdate: (update: Uint8Array) => void;
  readonly onAwareness: (update: Uint8Array) => void;
}

/** Fan-out between instances. */
export interface Relay {
  /** Delivers the room's messages from other instances from the moment this resolves. */
  subscribe(room: string, handlers: RoomMessages): Promise<void>;
  unsubscribe(room: string): void;
  publishUpdate(room: string, update: Uint8Array): void;
  publishAwareness(room: string, update: Uint8Array): void;
  publishControl(message: ControlMessage): void;
  onControl(fn: (message: ControlMessage) => void): void;
  /** Called when a lost connection is back: messages sent meanwhile were missed, rooms must catch up. */
  onResync(fn: () => void): void;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

const UPDATE = 0;
const AWARENESS = 1;
const CONTROL_CHANNEL = 'warrant:control';
const roomChannel = (room: string) => `warrant:room:${room}`;

/**
 * Redis pub/sub, not streams: PostgreSQL already holds the log of record, so Redis only has to
 * carry live messages between instances, once, in publish order per channel, with nothing to
 * trim or acknowledge. What pub/sub loses when a connection drops is caught up from
 * PostgreSQL on reconnect (onResync), and a room joining late subscribes before it reads the
 * database, so nothing written in between is missed. One channel per room: an instance only
 * receives the rooms its clients have open.
 *
 * Message: 1 type byte, 8 bytes of the sending instance's id (its own messages are dropped), payload.
 */
export async function createRedisRelay(redisUrl: string): Promise<Relay> {
  const self = randomBytes(8);
  const options = { maxRetriesPerRequest: 1, retryStrategy: (n: number) => Math.min(n * 200, 2000), lazyConnect: true };
  // Publishing while disconnected fails at once instead of queueing: the resync covers it.
  const pub = new Redis(redisUrl, { ...options, enableOfflineQueue: false });
  const sub = new Redis(redisUrl, options);
  const rooms = new Map<string, RoomMessages>();
  const controls: ((m: ControlMessage) => void)[] = [];
  const resyncs: (() => void)[] = [];
  let lastError: string | undefined;
  for (const c of [pub, sub]) c.on('error', (e: Error) => (lastError = e.message));
  await Promise.all([pub.connect(), sub.connect()]);
  let ready = true;
  sub.on('close', () => (ready = false));
  // ioredis subscribes again by itself after a reconnect; then the rooms catch up.
  sub.on('ready', () => {
    if (ready) return;
    ready = true;
    // The PING answers after the re-sent SUBSCRIBEs took effect: from then on nothing is missed.
    sub.ping().catch(() => undefined).finally(() => resyncs.forEach((fn) => fn()));
  });

  sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    if (message.length < 9 || message.subarray(1, 9).equals(self)) return;
    const name = channel.toString();
    const payload = new Uint8Array(message.buffer, message.byteOffset + 9, message.length - 9);
    if (name === CONTROL_CHANNEL) {
      try {
        const m = JSON.parse(Buffer.from(payload).toString()) as ControlMessage;
        for (const fn of controls) fn(m);
      } catch (e) {
        console.error('[relay] bad control message', e);
      }
      return;
    }
    const handlers = rooms.get(name.slice(roomChannel('').length));
    if (!handlers) return;
    if (message[0] === UPDATE) handlers.onUpdate(payload);
    else if (message[0] === AWARENESS) handlers.onAwareness(payload);
  });
  await sub.subscribe(CONTROL_CHANNEL);

  const frame = (type: number, payload: Uint8Array) => Buffer.concat([Buffer.from([type]), self, payload]);
  const publish = (channel: string, data: Buffer) => {
    pub.publish(channel, data).catch((e: Error) => (lastError = e.message));
  };

  return {
    async subscribe(room, handlers) {
      rooms.set(room, handlers);
      await sub.subscribe(roomChannel(room));
    },
    unsubscribe(room) {
      rooms.delete(room);
      sub.unsubscribe(roomChannel(room)).catch(() => undefined);
    },
    publishUpdate: (room, update) => publish(roomChannel(room), frame(UPDATE, update)),
    publishAwareness: (room, update) => publish(roomChannel(room), frame(AWARENESS, update)),
    publishControl: (m) => publish(CONTROL_CHANNEL, frame(2, Buffer.from(JSON.stringify(m)))),
    onControl: (fn) => void controls.push(fn),
    onResync: (fn) => void resyncs.push(fn),
    async health() {
      try {
        await pub.ping();
        return { ok: true, detail: 'redis connected' };
      } catch (e) {
        return { ok: false, detail: `redis unreachable: ${(e as Error).message || lastError}` };
      }
    },
    async close() {
      pub.disconnect();
      sub.disconnect();
    },
  };
}
