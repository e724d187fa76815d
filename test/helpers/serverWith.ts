import { startServer, type RunningServer, type ServerConfig } from '../../server/app';

/** Starts the real server in this process on a free port, with extra configuration (auth secret, version interval…). */
export function startServerWith(dirs: { dataDir: string; mapsDir: string }, extra: Partial<ServerConfig> = {}): Promise<RunningServer> {
  return startServer({ port: 0, host: '127.0.0.1', ...dirs, ...extra });
}

/** Runs cleanups registered during a test, last first (use in afterEach). */
export function createCleanups() {
  const list: (() => unknown)[] = [];
  return {
    add<T>(fn: () => unknown, value?: T): T {
      list.push(fn);
      return value as T;
    },
    async run() {
      for (const c of list.splice(0).reverse()) await c();
    },
  };
}
