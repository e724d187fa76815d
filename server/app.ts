import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createRouter } from './api/router';
import { apiRoutes } from './api/routes';
import { createAuth } from './auth/access';
import { refuseOrigin } from './http/origin';
import { HttpError, sendError, sendJson } from './http/respond';
import { serveStatic } from './http/static';
import { purgeDeletedMaps } from './persistence/purge';
import { openBackends } from './cluster/backends';
import { createRoomManager, type RoomManager } from './rooms';
import { broadcastSavingState, broadcastUpdate, watchAwareness } from './sync/socket';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/limits';
import { handleSyncUpgrade } from './sync/upgrade';
import { createAutoVersions } from './versions/autoVersions';
import { createWorkerPool, getPoolOptions, type WorkerPoolOptions } from './work/pool';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly mapsDir: string;
  /** The built client (vite's output); absent in API-only tests. */
  readonly clientDir?: string;
  /** When set, every map needs a signed share link (see docs/api.md); when absent the server is open. */
  readonly authSecret?: string;
  /** Minutes between automatic versions of a map being edited (default 10; 0 turns them off). */
  readonly autoVersionMinutes?: number;
  /** Cluster mode: PostgreSQL for documents (DATABASE_URL) and Redis between instances (REDIS_URL). */
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  /** Test hook: delays a room's load between subscribing to Redis and reading the database. */
  readonly beforeLoad?: (id: string) => Promise<void>;
  /** Store the seed maps before listening, so no first visitor waits for one to be built (`npm start` does). */
  readonly seedAtStart?: boolean;
  /**
   * Without AUTH_SECRET, web pages from these origins may write and open sockets besides the
   * server's own pages (ALLOWED_ORIGINS); with AUTH_SECRET the share link is the guard.
   */
  readonly allowedOrigins?: readonly string[];
  /** Per-connection and per-room limits of the sync socket (defaults in server/sync/limits.ts). */
  readonly syncLimits?: Partial<SyncLimits>;
  /** Worker threads for exports, imports and layouts (defaults in server/work/pool.ts; the entry defaults to the TypeScript source). */
  readonly workers?: Partial<WorkerPoolOptions>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly rooms: RoomManager;
  /** The token that may do everything; undefined when the server is open (no AUTH_SECRET). */
  readonly adminToken: string | undefined;
  close(): Promise<void>;
}

/** Larger WebSocket messages are refused (close 1009): a map is far smaller, a flood is not. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Starts the one process that serves the client, the HTTP API and the sync endpoint on one port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const backends = await openBackends(config);
  const { store, relay } = backends;
  await store.checkpoint(); // a WAL left by a crash is folded in and truncated
  const { versions, links } = store;
  const purged = await purgeDeletedMaps(store);
  if (purged.length > 0) console.log(`[maps] purged ${purged.length} map(s) deleted more than 30 days ago: ${purged.join(', ')}`);
  const auth = createAuth(config.authSecret, links);
  const autoVersions = createAutoVersions({ intervalMs: (config.autoVersionMinutes ?? 10) * 60_000, rooms: () => rooms, versions });
  const rooms = createRoomManager({
    store,
    mapsDir: config.mapsDir,
    onBroadcast: broadcastUpdate,
    onSavingPaused: (paused) => broadcastSavingState(rooms.loaded.values(), paused),
    onOpen: watchAwareness,
    onChange: (room) => autoVersions.noteChange(room.id),
    relay,
    beforeLoad: config.beforeLoad,
  });
  if (config.seedAtStart) await rooms.seedAll();
  const work = createWorkerPool(getPoolOptions(new URL('./work/worker.ts', import.meta.url), config.workers));
  const api = createRouter({ rooms, store, versions, links, auth, mapsDir: config.mapsDir, work }, apiRoutes);
  const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, ...config.syncLimits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const originPolicy = config.authSecret === undefined ? { allowed: config.allowedOrigins ?? [] } : undefined;
  const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

  const server = createServer((req, res) => {
    const handle = async () => {
      const url = URL.parse(req.url ?? '/', 'http://localhost');
      if (!url) throw new HttpError(400, 'Malformed request path');
      if (url.pathname === '/health') {
        const cluster = await backends.health();
        const ok = !cluster || Object.values(cluster).every((c) => c.ok);
        return sendJson(res, ok ? 200 : 503, { ok, rooms: rooms.loaded.size, connections: wss.clients.size, ...cluster });
      }
      const refused = originPolicy && !READS.has(req.method ?? 'GET') && refuseOrigin(req, originPolicy);
      if (refused) throw new HttpError(403, refused);
      if (await api(req, res, url)) return;
      if (url.pathname.startsWith('/api/')) throw new HttpError(404, `No API route ${req.method} ${url.pathname}`);
      if (config.clientDir) return serveStatic(config.clientDir, url.pathname, res, req.headers);
      throw new HttpError(404, 'Not found');
    };
    handle().catch((e) => (res.headersSent ? res.destroy() : sendError(res, e)));
  });
  server.on('upgrade', (req, socket, head) => handleSyncUpgrade({ wss, rooms, auth, limits, originPolicy }, req, socket, head));

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host}:${port}`,
    port,
    server,
    rooms,
    adminToken: auth.adminToken,
    close() {
      closing ??= (async () => {
        autoVersions.stop();
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await work.close();
        await rooms.closeAll();
        await backends.close();
      })();
      return closing;
    },
  };
}
