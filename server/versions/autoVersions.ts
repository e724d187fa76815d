import * as Y from 'yjs';
import type { RoomManager } from '../rooms';
import type { Versions } from '../persistence/types';

export const AUTO_VERSIONS_KEPT = 50;
export const AUTO_VERSION_NAME = 'Automatic version';

/**
 * Automatic versions: the first change after the last one starts a timer; when it fires the
 * room's state is saved (loading it if everyone has left meanwhile). So versions come at most
 * once per interval and only when something changed. A timer pending at shutdown is dropped:
 * the edits themselves are stored; only that restore point is missed.
 */
export function createAutoVersions(opts: { intervalMs: number; rooms: () => RoomManager; versions: Versions }) {
  const timers = new Map<string, NodeJS.Timeout>();

  async function save(id: string): Promise<void> {
    try {
      await opts.rooms().withDoc(id, async (room) => {
        await opts.versions.add(id, AUTO_VERSION_NAME, true, Y.encodeStateAsUpdate(room.doc));
        await opts.versions.pruneAuto(id, AUTO_VERSIONS_KEPT);
      });
    } catch (e) {
      console.error('[versions] automatic version failed', id, e);
    }
  }

  return {
    /** Notes a change in a room. */
    noteChange(id: string): void {
      if (!(opts.intervalMs > 0) || timers.has(id)) return;
      const timer = setTimeout(() => {
        timers.delete(id);
        void save(id);
      }, opts.intervalMs);
      timer.unref();
      timers.set(id, timer);
    },
    stop(): void {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
