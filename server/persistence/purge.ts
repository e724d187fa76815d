import type { Persistence } from './types';

export const RESTORABLE_DAYS = 30;

/** Drops the content, versions and links of maps deleted more than `days` ago; returns their ids. */
export function purgeDeletedMaps(store: Persistence, days = RESTORABLE_DAYS, now = Date.now()): Promise<string[]> {
  return store.purgeDeleted(new Date(now - days * 86_400_000).toISOString());
}
