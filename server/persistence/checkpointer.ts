import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints the SQLite WAL from a worker thread with its own connection, so that folding the
 * WAL back into the database (which waits for the disk: an fsync, tens of ms on a busy machine)
 * never stalls the event loop between storing an update and sharing it. Left to SQLite, every
 * ~200 pages one commit did the checkpoint itself: a commit's p99 was ~15 ms instead of 0.4 ms.
 * The writer connection sets wal_autocheckpoint = 0; after writes, a passive checkpoint runs
 * here within a second (writers go on meanwhile); TRUNCATE (unload, start-up) gives the space back.
 *
 * SQLite starts the WAL file over only when a write finds it wholly checkpointed. Under writes
 * that never pause, each passive checkpoint misses the frames written while it ran, so the WAL
 * would grow without end: past MAX_WAL_BYTES the writer is asked (`catchUp`) to checkpoint
 * itself, between two ticks, after the fan-out (rare: once per ~8 MB of writes, not every 800 KB).
 */

// CommonJS, evaluated in the worker: the module path comes in workerData (no file to ship or build).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 2000');
db.pragma('journal_size_limit = ' + workerData.sizeLimit);
parentPort.on('message', ({ id, mode }) => {
  if (mode === 'close') {
    db.close();
    return parentPort.postMessage({ id });
  }
  try {
    const [r] = db.pragma('wal_checkpoint(' + mode + ')');
    parentPort.postMessage({ id, log: r.log, done: r.checkpointed });
  } catch (e) {
    parentPort.postMessage({ id, error: e.message });
  }
});
`;

/** How soon after a write the passive checkpoint runs (one for all writes meanwhile). */
const PASSIVE_DELAY_MS = 1000;
/** WAL size past which the writer checkpoints itself; looked at every WAL_LOOK_EVERY writes. */
const MAX_WAL_BYTES = 8 * 1024 * 1024;
const WAL_LOOK_EVERY = 32;

interface Result {
  readonly log: number;
  readonly done: number;
}

export interface Checkpointer {
  /** Call after each write: a passive checkpoint follows within PASSIVE_DELAY_MS. */
  wrote(): void;
  /** Folds the whole WAL in and truncates it to zero bytes (when no reader holds it). */
  truncate(): Promise<void>;
  close(): Promise<void>;
}

export function createCheckpointer(file: string, sizeLimit: number, catchUp: () => void): Checkpointer {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  let timer: NodeJS.Timeout | undefined;
  let writes = 0;
  let catchingUp = false;
  const walSize = () => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;

  // Started on first use, so a store that is only read (the CLI's backup, tests) costs no thread.
  function start(): Worker {
    if (worker) return worker;
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const w = new Worker(WORKER, { eval: true, workerData: { sqlite, file, sizeLimit } });
    w.unref();
    w.on('message', ({ id, error, log = 0, done = 0 }: { id: number; error?: string; log?: number; done?: number }) => {
      const p = waiting.get(id);
      waiting.delete(id);
      if (error) p?.reject(new Error(error));
      else p?.resolve({ log, done });
    });
    const fail = (e: Error) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
      if (worker === w) worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', () => fail(new Error('the checkpoint thread stopped')));
    return (worker = w);
  }

  function ask(mode: 'PASSIVE' | 'TRUNCATE' | 'close'): Promise<Result> {
    const w = start();
    const id = nextId++;
    return new Promise<Result>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, mode });
    });
  }

  function wrote(): void {
    if (++writes % WAL_LOOK_EVERY === 0 && !catchingUp && walSize() > MAX_WAL_BYTES) {
      catchingUp = true;
      setImmediate(() => {
        catchingUp = false;
        catchUp();
      });
    }
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      ask('PASSIVE').then(({ log, done }) => {
        // Frames written while it ran: another pass soon (the WAL restarts once one catches all).
        if (done < log) wrote();
      }, (e: Error) => console.error('[store] checkpoint failed', e.message));
    }, PASSIVE_DELAY_MS);
    timer.unref();
  }

  return {
    wrote,
    truncate: async () => void (await ask('TRUNCATE')),
    async close() {
      clearTimeout(timer);
      timer = undefined;
      const w = worker;
      if (!w) return;
      await ask('close').catch(() => undefined);
      worker = undefined;
      await w.terminate();
    },
  };
}
