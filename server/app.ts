import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { handleMapsApi } from './api/mapsApi';
import { HttpError, sendError, sendJson } from './http/respond';
import { serveStatic } from './http/static';
import { openStore } from './persistence/store';
import { createRoomManager } from './rooms';
import { attachSocket, broadcastUpdate, watchAwareness } from './sync/socket';
import { MAP_ID } from './api/ids';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly mapsDir: string;
  /** The built client (vite's output); absent in API-only tests. */
  readonly clientDir?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Starts the one process that serves the client, the HTTP API and the sync endpoint on one port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = openStore(config.dataDir);
  const rooms = createRoomManager({ store, mapsDir: config.mapsDir, onBroadcast: broadcastUpdate, onOpen: watchAwareness });
  const api = { rooms, store, mapsDir: config.mapsDir };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/health') return sendJson(res, 200, { ok: true });
      if (await handleMapsApi(api, req, res, url)) return;
      if (url.pathname.startsWith('/api/')) throw new HttpError(404, `No API route ${req.method} ${url.pathname}`);
      if (config.clientDir) return serveStatic(config.clientDir, url.pathname, res);
      throw new HttpError(404, 'Not found');
    };
    handle().catch((e) => sendError(res, e));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/sync\/([^/]+)$/.exec(url.pathname);
    if (!m) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Accept, then close with a 44xx code: the y-websocket client treats those as final.
      const mapId = decodeURIComponent(m[1]);
      if (!MAP_ID.test(mapId)) return ws.close(4400, 'Invalid map id');
      try {
        attachSocket(ws, rooms, mapId, 'edit');
      } catch (e) {
        console.error('[sync] failed to open room', mapId, e);
        ws.close(4500, 'Server could not open this map');
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    port,
    server,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rooms.closeAll();
      store.close();
    },
  };
}
