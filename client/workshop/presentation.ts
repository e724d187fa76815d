import type { Awareness } from 'y-protocols/awareness';

/**
 * What a presenter shares in awareness (beside their presence): the walkthrough step they
 * are on, so that those who follow them see the same step highlighted and the same card, and
 * the branches they collapsed, so that followers see the same view (collapse is otherwise
 * each person's own).
 */
export interface PresentingState {
  readonly step: number;
  readonly total: number;
  readonly statement: string;
  readonly collapsed: readonly string[];
}

/** At most this many collapsed statements travel with a presenter's state. */
const MAX_SHARED_COLLAPSE = 1000;

export interface Presenter extends PresentingState {
  readonly clientId: number;
  readonly name: string;
}

const FIELD = 'workshop';

/** Publishes (or, with null, withdraws) this tab's presenting state. */
export function publishPresenting(awareness: Awareness, state: PresentingState | null): void {
  const current = (awareness.getLocalState() as Record<string, unknown> | null)?.[FIELD] ?? null;
  if (JSON.stringify(current) === JSON.stringify(state)) return;
  if (awareness.getLocalState() === null) return;
  awareness.setLocalStateField(FIELD, state);
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100_000;

/** Reads another client's presenting state (it comes from the network: anything malformed is ignored). */
export function readPresenting(raw: unknown): PresentingState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const w = (raw as Record<string, unknown>)[FIELD] as Record<string, unknown> | null | undefined;
  if (!w || typeof w !== 'object' || !isIndex(w.step) || !isIndex(w.total) || typeof w.statement !== 'string' || w.step >= w.total) return null;
  // Older clients send no collapse list; a malformed one shares nothing.
  const list = Array.isArray(w.collapsed) && w.collapsed.length <= MAX_SHARED_COLLAPSE && w.collapsed.every((id) => typeof id === 'string' && id.length <= 128)
    ? (w.collapsed as string[])
    : [];
  return { step: w.step, total: w.total, statement: w.statement.slice(0, 128), collapsed: list };
}

/** Everyone else presenting right now. */
export function getPresenters(awareness: Awareness): Presenter[] {
  const out: Presenter[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const state = readPresenting(raw);
    if (!state) continue;
    const user = (raw as { user?: { name?: unknown } }).user;
    out.push({ ...state, clientId, name: typeof user?.name === 'string' && user.name ? user.name.slice(0, 40) : 'Guest' });
  }
  return out;
}
