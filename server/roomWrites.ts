import * as Y from 'yjs';
import type { Persistence, StoredUpdate } from './persistence/types';

interface Batch {
  readonly updates: Uint8Array[];
  readonly origins: Set<unknown>;
  /** Runs once the batch is written and fanned out. */
  readonly after: (() => void)[];
}

export interface DurableBatch<R> {
  readonly room: R;
  /** The batch's updates merged into one. */
  readonly update: Uint8Array;
  /** The one connection every update came from, or undefined when several (or the server) made them. */
  readonly origin: unknown;
}

export interface WritePipelineOptions<R> {
  readonly store: Persistence;
  readonly roomId: (room: R) => string;
  /** Called for each room of a written batch, in write order: the fan-out. */
  readonly onDurable: (batch: DurableBatch<R>) => void;
  /** Wait before trying a failed write again (the database may be restarting). */
  readonly retryMs?: number;
  readonly onWriteError?: (error: unknown, attempt: number) => void;
  /** Called when writes start failing (true) and when one succeeds again (false). */
  readonly onPausedChange?: (paused: boolean) => void;
}

/**
 * Durable before shared, at the cost of one transaction per event-loop tick: updates that
 * arrive within a tick are merged per room, written together, and only then handed to the
 * fan-out. One batch is written at a time, so per room the fan-out order is the write order;
 * updates arriving while a write is under way form the next batch. A failed write is retried
 * until it succeeds; nothing of it is shared before.
 */
export function createWritePipeline<R>(opts: WritePipelineOptions<R>) {
  let queued = new Map<R, Batch>();
  let writing: Map<R, Batch> | undefined;
  let scheduled = false;
  const idle: (() => void)[] = [];
  const retryMs = opts.retryMs ?? 500;

  function add(room: R, update: Uint8Array, origin: unknown): void {
    let batch = queued.get(room);
    if (!batch) queued.set(room, (batch = { updates: [], origins: new Set(), after: [] }));
    batch.updates.push(update);
    batch.origins.add(origin);
    schedule();
  }

  function schedule(): void {
    if (scheduled || writing) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  async function write(rows: StoredUpdate[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await opts.store.appendUpdates(rows);
        if (attempt > 1) opts.onPausedChange?.(false);
        return;
      } catch (e) {
        opts.onWriteError?.(e, attempt);
        if (attempt === 1) opts.onPausedChange?.(true);
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  }

  async function flush(): Promise<void> {
    scheduled = false;
    if (queued.size === 0) return;
    const batches = queued;
    queued = new Map();
    writing = batches;
    const merged = new Map<R, Uint8Array>();
    for (const [room, b] of batches) merged.set(room, b.updates.length === 1 ? b.updates[0] : Y.mergeUpdates(b.updates));
    await write([...merged].map(([room, update]) => ({ room: opts.roomId(room), update })));
    writing = undefined;
    for (const [room, b] of batches) {
      const origin = b.origins.size === 1 ? [...b.origins][0] : undefined;
      try {
        opts.onDurable({ room, update: merged.get(room)!, origin });
      } catch (e) {
        console.error('[rooms] fan-out failed', e);
      }
      for (const fn of b.after) fn();
    }
    if (queued.size > 0) schedule();
    else for (const fn of idle.splice(0)) fn();
  }

  /** Runs fn once every update the room holds now is written (at once when none is waiting). */
  function whenDurable(room: R, fn: () => void): void {
    const batch = queued.get(room) ?? writing?.get(room);
    if (batch) batch.after.push(fn);
    else fn();
  }

  /** Resolves when nothing is waiting to be written. */
  function drained(): Promise<void> {
    if (queued.size === 0 && !writing) return Promise.resolve();
    return new Promise((resolve) => idle.push(resolve));
  }

  /** True while some update of the room is not yet written. */
  const pending = (room: R) => queued.has(room) || (writing?.has(room) ?? false);

  return { add, whenDurable, drained, pending };
}

export type WritePipeline<R> = ReturnType<typeof createWritePipeline<R>>;
