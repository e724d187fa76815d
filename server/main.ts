import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './app';

/** Reads PORT, HOST, DATA_DIR and MAPS_DIR from the environment and starts the server. */
export async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const root = resolve(import.meta.dirname, '..');
  const clientDir = resolve(root, 'dist');
  const running = await startServer({
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    mapsDir: resolve(env.MAPS_DIR ?? resolve(root, 'maps')),
    clientDir: existsSync(clientDir) ? clientDir : undefined,
  });
  console.log(`Warrant is running at ${running.url}/`);
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
