import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Beside the maps: a fingerprint of the admin token last printed (not the token itself). */
const NOTICE_FILE = '.admin-link-printed';

const fingerprint = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 16);

/**
 * True the first time a server with this admin token starts on this data folder (and after
 * AUTH_SECRET changes): the link is printed then, once, not into every log of every start.
 */
export function claimAdminNotice(dataDir: string, adminToken: string): boolean {
  const file = join(dataDir, NOTICE_FILE);
  const print = fingerprint(adminToken);
  if (existsSync(file) && readFileSync(file, 'utf8').includes(print)) return false;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `The admin link for this AUTH_SECRET was printed once (fingerprint ${print}). Print it again with: warrant admin-link\n`);
  return true;
}
