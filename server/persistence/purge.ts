import type { Store } from './store';
import type { VersionStore } from './versions';
import type { LinkStore } from './links';

export const RESTORABLE_DAYS = 30;

/** Drops the content, versions and links of maps deleted more than `days` ago; returns their ids. */
export function purgeDeletedMaps(store: Store, versions: VersionStore, links: LinkStore, days = RESTORABLE_DAYS, now = Date.now()): string[] {
  const cutoff = new Date(now - days * 86_400_000).toISOString();
  const old = store.listDeleted().filter((r) => r.deletedAt! < cutoff).map((r) => r.id);
  store.db.transaction(() => {
    for (const id of old) {
      store.purgeRoom(id);
      versions.removeAll(id);
      links.removeAll(id);
    }
  })();
  return old;
}
