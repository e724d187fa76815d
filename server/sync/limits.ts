/** What one connection and one room may cost the server; see SECURITY.md. */
export interface SyncLimits {
  /** Outgoing bytes queued for one connection before it is dropped as a reader that stopped reading. */
  readonly maxBufferedBytes: number;
  /** "Send me the whole map" requests answered at once; more are merged into one answer per interval. */
  readonly syncRequestBurst: number;
  readonly syncRequestIntervalMs: number;
  /** Refused writes a connection may send before it is closed with 4429. */
  readonly maxRefusedWrites: number;
  /** Messages one connection may send: a steady rate per second and a burst (close 4529 beyond). */
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
  /** Document updates one room accepts from all its connections together (the sender is closed with 4530 beyond). */
  readonly roomUpdatesPerSecond: number;
  readonly roomUpdateBurst: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxBufferedBytes: 32 * 1024 * 1024,
  syncRequestBurst: 4,
  syncRequestIntervalMs: 1000,
  maxRefusedWrites: 20,
  messagesPerSecond: 200,
  messageBurst: 1000,
  // A workshop of 50 editors × 20 edits/s is 1000 updates/s: the rate leaves half again as
  // much, the burst absorbs a 5 s stall of the whole room (test/server/rateLimits.test.ts).
  roomUpdatesPerSecond: 1500,
  roomUpdateBurst: 7500,
};

/** Close codes of the sync socket (4400–4499 are final for the client; the others let it reconnect). */
export const CLOSE = {
  refusedWrites: 4429,
  tooManyMessages: 4529,
  roomBusy: 4530,
} as const;

/** A token bucket: `take()` is true while the average rate and the burst allow one more. */
export function createBucket(perSecond: number, burst: number, now: () => number = Date.now) {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
  };
  return {
    take(): boolean {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    /** Milliseconds until one more would be allowed. */
    waitMs(): number {
      refill();
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / perSecond) * 1000);
    },
  };
}

export type Bucket = ReturnType<typeof createBucket>;
