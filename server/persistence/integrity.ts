import Database from 'better-sqlite3';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file beside the database saying "a Warrant store lives here". Without it, a database file
 * that was deleted, truncated or left without its `-wal` after a crash looks like a fresh
 * install: the server would start empty and re-seed, and every other map would be gone unsaid.
 */
export const STORE_MARKER = '.warrant-store';

/** The data folder holds a store that cannot be used as it is; the message says what to do. */
export class DamagedStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedStoreError';
  }
}

const advice = (dataDir: string) =>
  `Restore the folder from a backup (see "warrant backup" in README) and start again. To start afresh with no maps instead, move ${dataDir} aside.`;

/**
 * Checked before the SQLite store is opened: refuses a folder whose store vanished or is
 * empty although the marker says one existed, and a database that fails SQLite's quick_check.
 */
export function checkSqliteStore(dataDir: string, file = join(dataDir, 'warrant.sqlite')): void {
  const hadStore = existsSync(join(dataDir, STORE_MARKER));
  const size = existsSync(file) ? statSync(file).size : -1;
  if (size <= 0) {
    if (hadStore) throw new DamagedStoreError(`The database ${file} is ${size < 0 ? 'missing' : 'empty (0 bytes)'}, but this data folder held Warrant's maps. ${advice(dataDir)}`);
    return;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const result = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
    if (result[0] !== 'ok') throw new DamagedStoreError(`The database ${file} is damaged (SQLite quick_check: ${result.slice(0, 3).join('; ')}). ${advice(dataDir)}`);
    const rooms = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rooms'").get();
    if (hadStore && !rooms) {
      throw new DamagedStoreError(`The database ${file} holds no maps, but this data folder held Warrant's maps (was its -wal file lost?). ${advice(dataDir)}`);
    }
  } catch (e) {
    if (e instanceof DamagedStoreError) throw e;
    throw new DamagedStoreError(`The database ${file} cannot be read (${(e as Error).message}). ${advice(dataDir)}`);
  } finally {
    db?.close();
  }
}

/** Called once the store is open: from now on this folder is known to hold one. */
export function markSqliteStore(dataDir: string): void {
  const marker = join(dataDir, STORE_MARKER);
  if (existsSync(marker)) return;
  writeFileSync(marker, `Warrant keeps its maps in warrant.sqlite in this folder (first opened ${new Date().toISOString()}).\nWhile this file exists, the server refuses to start if the database is missing, empty or damaged.\n`);
}
