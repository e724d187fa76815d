import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CliCommand, CliError, parseArgs } from './command';

export const backupCommand: CliCommand = {
  usage: [
    'warrant backup <file> [--data-dir <folder>] [--force]',
    '',
    "Writes a consistent copy of DATA_DIR/warrant.sqlite (every map, version and share link) to <file>",
    "with SQLite's online backup: the server may keep running and writing. To restore, stop the",
    'server and put the copy in place as warrant.sqlite in an empty data folder (or the old one, without',
    'its -wal and -shm files). --force overwrites an existing <file>. Not for DATABASE_URL (PostgreSQL): use pg_dump.',
  ].join('\n'),
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, { values: ['data-dir'], flags: ['force'] });
    if (positionals.length !== 1) throw new CliError('usage: warrant backup <file> [--data-dir <folder>] [--force]');
    const source = join(resolve(values['data-dir'] ?? process.env.DATA_DIR ?? 'data'), 'warrant.sqlite');
    const target = resolve(positionals[0]);
    if (!existsSync(source)) throw new CliError(`there is no store at ${source} (set DATA_DIR or --data-dir to the server's data folder)`);
    if (existsSync(target) && !flags.has('force')) throw new CliError(`${target} exists already (use --force to overwrite it)`);
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const { totalPages } = await db.backup(target);
      const maps = new Database(target, { readonly: true });
      const count = maps.prepare<[], { n: number }>('SELECT count(*) AS n FROM rooms WHERE deleted_at IS NULL').get()!.n;
      maps.close();
      io.stdout(`Backed up ${count} map(s) (${totalPages} pages) from ${source} to ${target}\n`);
    } catch (e) {
      throw new CliError(`the backup failed: ${(e as Error).message}`);
    } finally {
      db.close();
    }
    return 0;
  },
};
