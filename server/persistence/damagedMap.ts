/**
 * One map's stored changes cannot be read (a corrupt update, a damaged page under it): that map
 * is refused with this message, naming it, while every other map keeps working. The admin can
 * put back its last good saved version (POST /api/maps/<id>/repair).
 */
export class DamagedMapError extends Error {
  constructor(readonly mapId: string, cause: unknown) {
    super(`The map "${mapId}" is damaged: its stored changes cannot be read (${String((cause as Error)?.message ?? cause).slice(0, 200)}). ` +
      `The facilitator can restore its last saved version (POST /api/maps/${mapId}/repair), or restore the data folder from a backup.`);
    this.name = 'DamagedMapError';
  }
}

/** A store error that means damaged data under one map (SQLITE_CORRUPT and the like), not an unreachable store. */
export const isCorruption = (e: unknown): boolean => /corrupt|malformed/i.test(String((e as Error)?.message ?? e));
