import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './app';
import { claimAdminNotice } from './auth/adminNotice';
import { readAllowedOrigins } from './http/origin';

/** A positive whole number from the environment, or undefined when unset. */
function readCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of 1 or more, got "${value}"`);
  return n;
}

function readMinutes(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`AUTO_VERSION_MINUTES must be a number of minutes (0 turns automatic versions off), got "${value}"`);
  return n;
}

/**
 * Reads PORT, HOST, DATA_DIR, MAPS_DIR, AUTH_SECRET, ALLOWED_ORIGINS, AUTO_VERSION_MINUTES,
 * DATABASE_URL, REDIS_URL, WORKER_THREADS, WORKER_QUEUE and WORKER_TIME_LIMIT_SECONDS from the
 * environment and starts the server.
 */
export async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const authSecret = env.AUTH_SECRET || undefined;
  if (authSecret !== undefined && authSecret.length < 16) throw new Error('AUTH_SECRET must be at least 16 characters (e.g. `openssl rand -hex 32`)');
  const root = resolve(import.meta.dirname, '..');
  const clientDir = resolve(root, 'dist');
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const running = await startServer({
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    mapsDir: resolve(env.MAPS_DIR ?? resolve(root, 'maps')),
    clientDir: existsSync(clientDir) ? clientDir : undefined,
    authSecret,
    autoVersionMinutes: readMinutes(env.AUTO_VERSION_MINUTES),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    allowedOrigins: readAllowedOrigins(env.ALLOWED_ORIGINS),
    seedAtStart: true,
    workers: {
      // Compiled, this file is build/server.js and the worker build/worker.js (scripts/buildServer.js).
      entry: new URL(import.meta.url.endsWith('.js') ? './worker.js' : './work/worker.ts', import.meta.url),
      size: readCount('WORKER_THREADS', env.WORKER_THREADS),
      queueLimit: readCount('WORKER_QUEUE', env.WORKER_QUEUE),
      timeLimitMs: (readCount('WORKER_TIME_LIMIT_SECONDS', env.WORKER_TIME_LIMIT_SECONDS) ?? 0) * 1000 || undefined,
    },
  });
  console.log(`Warrant is running at ${running.url}/`);
  if (env.DATABASE_URL) console.log(`Cluster mode: maps in PostgreSQL${env.REDIS_URL ? ', updates shared between instances through Redis' : ' (no REDIS_URL: run one instance only)'}.`);
  if (running.adminToken && claimAdminNotice(dataDir, running.adminToken)) {
    console.log('Share links are required (AUTH_SECRET is set). The facilitator\'s admin link, which can do everything (printed this once):');
    console.log(`  ${running.url}/?token=${running.adminToken}`);
    console.log('Print it again with `npx warrant admin-link` (with the same AUTH_SECRET set).');
  } else if (running.adminToken) {
    console.log('Share links are required (AUTH_SECRET is set). Print the facilitator\'s admin link with `npx warrant admin-link` (with the same AUTH_SECRET set).');
  } else console.log('The server is open: anyone who can reach it can read and edit every map (set AUTH_SECRET to require share links).');
  const stop = () => {
    running.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`warrant server: ${e.message}`);
  process.exit(1);
});
