import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskReply, TaskResult } from './tasks';

/** How heavy work (exports, imports, layouts) runs beside the event loop; see SECURITY.md. */
export interface WorkerPoolOptions {
  /** The worker's entry: server/work/worker.ts from the sources, build/worker.js once compiled. */
  readonly entry: URL;
  /** Workers running tasks at once. */
  readonly size: number;
  /** Tasks waiting for a free worker; one more is refused at once (503 with Retry-After). */
  readonly queueLimit: number;
  /** A task running longer is stopped by terminating its worker. */
  readonly timeLimitMs: number;
  /** Heap of each worker: a task needing more fails alone instead of growing the server. */
  readonly maxHeapMb: number;
  /** A worker idle this long is stopped, giving its memory back (a heap grown by a big export is otherwise kept). */
  readonly idleMs: number;
}

export const DEFAULT_WORKER_POOL: Omit<WorkerPoolOptions, 'entry'> = {
  size: Math.min(4, Math.max(1, availableParallelism() - 1)),
  queueLimit: 32,
  timeLimitMs: 60_000,
  maxHeapMb: 512,
  idleMs: 15_000,
};

/** The pool's options: those given (undefined ones left out), the defaults for the rest. */
export function getPoolOptions(entry: URL, given: Partial<WorkerPoolOptions> = {}): WorkerPoolOptions {
  const d = DEFAULT_WORKER_POOL;
  return {
    entry: given.entry ?? entry,
    size: given.size ?? d.size,
    queueLimit: given.queueLimit ?? d.queueLimit,
    timeLimitMs: given.timeLimitMs ?? d.timeLimitMs,
    maxHeapMb: given.maxHeapMb ?? d.maxHeapMb,
    idleMs: given.idleMs ?? d.idleMs,
  };
}

/** Every worker is busy and the queue is full. */
export class PoolFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('every worker is busy and the queue is full');
  }
}

/** A task ran past the time limit (or its worker died) and was stopped. */
export class TaskStoppedError extends Error {
  constructor(readonly reason: 'time' | 'memory' | 'crash', readonly limit: number) {
    super(`task stopped (${reason})`);
  }
}

/** A task's own failure, with the HTTP status it maps to (400 for bad input). */
export class TaskFailedError extends Error {
  constructor(readonly status: number, message: string, readonly details?: unknown) {
    super(message);
  }
}

interface Job {
  readonly task: Task;
  readonly resolve: (value: unknown) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Stops the worker once it has been idle for idleMs. */
  idleTimer?: NodeJS.Timeout;
  startedAt?: number;
}

/**
 * A worker on the entry. The TypeScript entry (dev, tests) first registers tsx's loader in the
 * worker: Node 20 does not pass the parent's `--import tsx` hooks on to a worker's entry.
 */
function startWorker(entry: URL, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  // tsx's ESM API, as its package.json exports it (require.resolve would give the CommonJS one).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default;
  const tsx = pathToFileURL(join(dirname(pkg), api)).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/**
 * A fixed number of worker threads, started when first needed, each running one task at a
 * time; tasks beyond them wait in a bounded queue. A task past the time limit has its worker
 * terminated (a fresh one takes its place), so one export can never hold the server.
 */
export function createWorkerPool(opts: WorkerPoolOptions) {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let averageMs = 2000;
  let closed = false;

  function spawn(): Slot {
    const worker = startWorker(opts.entry, opts.maxHeapMb);
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: TaskReply | 'ready') => {
      if (reply === 'ready') slot.ready = true;
      else finish(slot, reply);
      pump();
    });
    worker.on('error', (e) => stop(slot, /out of memory/i.test(e.message) || (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', e));
    worker.on('exit', () => stop(slot, 'crash'));
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot, reply: TaskReply): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(slot.timer);
    averageMs = averageMs * 0.7 + (Date.now() - slot.startedAt!) * 0.3;
    slot.job = undefined;
    if (reply.ok) job.resolve(reply.result);
    else job.reject(new TaskFailedError(reply.status, reply.message, reply.details));
  }

  /** Removes a worker that was stopped or died; its task fails, and the queue moves on to a fresh worker. */
  function stop(slot: Slot, cause: TaskStoppedError['reason'], error?: Error): void {
    const at = slots.indexOf(slot);
    if (at < 0) return;
    slots.splice(at, 1);
    clearTimeout(slot.timer);
    clearTimeout(slot.idleTimer);
    void slot.worker.terminate();
    if (cause === 'crash' && error) console.error('[work] a worker failed', error);
    const limit = cause === 'time' ? opts.timeLimitMs : opts.maxHeapMb;
    // A worker that dies before it is ready takes the first waiting task with it: a broken
    // entry fails the tasks one by one instead of being restarted without end.
    const job = slot.job ?? (slot.ready ? undefined : queue.shift());
    job?.reject(new TaskStoppedError(cause, limit));
    pump();
  }

  function pump(): void {
    if (closed) return;
    for (const slot of slots) {
      if (!slot.ready || slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      clearTimeout(slot.idleTimer);
      slot.idleTimer = undefined;
      slot.job = job;
      slot.startedAt = Date.now();
      slot.timer = setTimeout(() => stop(slot, 'time'), opts.timeLimitMs);
      slot.worker.postMessage(job.task);
    }
    const starting = slots.filter((s) => !s.ready).length;
    const idle = slots.filter((s) => s.ready && !s.job).length;
    for (let n = slots.length; n < opts.size && queue.length > starting + idle; n++) spawn();
    // Idle workers do not keep the process alive; starting and busy ones do.
    for (const s of slots) s.worker[s.job || !s.ready ? 'ref' : 'unref']();
    for (const s of slots) if (s.ready && !s.job && !s.idleTimer) s.idleTimer = setTimeout(() => retire(s), opts.idleMs).unref();
  }

  /** Stops an idle worker (its memory goes back to the system); the next task starts a fresh one. */
  function retire(slot: Slot): void {
    const at = slots.indexOf(slot);
    if (at < 0 || slot.job) return;
    slots.splice(at, 1);
    void slot.worker.terminate();
  }

  return {
    /** Runs a task on a worker; rejects with PoolFullError, TaskStoppedError or TaskFailedError. */
    run<T extends Task>(task: T): Promise<TaskResult<T>> {
      if (closed) return Promise.reject(new Error('the server is shutting down'));
      // Tasks that would still wait once every worker has one.
      const waiting = queue.length - (opts.size - slots.filter((s) => s.job).length);
      if (waiting >= opts.queueLimit) {
        const rounds = Math.ceil((queue.length + 1) / opts.size);
        return Promise.reject(new PoolFullError(Math.max(1, Math.ceil((averageMs * rounds) / 1000))));
      }
      return new Promise((resolve, reject) => {
        queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    /** Workers started and not stopped (busy, idle or starting). */
    workerCount: () => slots.length,
    /** Stops every worker; tasks still waiting fail. */
    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the server is shutting down'));
      await Promise.all(slots.splice(0).map((s) => (clearTimeout(s.timer), clearTimeout(s.idleTimer), s.worker.terminate())));
    },
  };
}

export type WorkerPool = ReturnType<typeof createWorkerPool>;
