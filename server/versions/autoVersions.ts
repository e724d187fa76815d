import * as Y from 'yjs';
import type { RoomManager } from '../rooms';
import type { VersionStore } from '../persistence/versions';

export const AUTO_VERSIONS_KEPT = 50;
export const AUTO_VERSION_NAME = 'Automatic version';

/**
 * Automatic versions: the first change after the last one starts a timer; when it fires the
 * room's state is saved (loading it if everyone has left meanwhile). So versions come at most
 * once per interval and only when something changed. A timer pending at shutdown is dropped:
 * the edits themselves are stored; only that restore point is missed.
 */
export function createAutoVersions(opts: { intervalMs: number; rooms: () => RoomManager; versions: VersionStore }) {
  const timers = new Map<string, NodeJS.Timeout>();

  function save(id: string): void {
    try {
      opts.rooms().withDoc(id, (room) => {
        opts.versions.add(id, AUTO_VERSION_NAME, true, Y.encodeStateAsUpdate(room.doc));
        opts.versions.pruneAuto(id, AUTO_VERSIONS_KEPT);
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
        save(id);
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
