import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { randomBytes } from 'node:crypto';
import type { Auth } from '../auth/access';
import { getParticipantIdOf, isParticipantKey } from '../../core/policy/participant';
import type { RoomManager } from '../rooms';
import { MAP_ID } from '../api/ids';
import { type OriginPolicy, refuseOrigin } from '../http/origin';
import { DamagedMapError } from '../persistence/damagedMap';
import type { SyncLimits } from './limits';
import { attachSocket, closeSocket } from './socket';

export interface UpgradeDeps {
  readonly wss: WebSocketServer;
  readonly rooms: RoomManager;
  readonly auth: Auth;
  readonly limits?: SyncLimits;
  /** Set when the server is open (no AUTH_SECRET): only these pages may open a socket. */
  readonly originPolicy?: OriginPolicy;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/**
 * Handles an HTTP upgrade to `/sync/<mapId>?token=…&participant=…` (the participant key:
 * core/policy/participant). Refusals accept the socket first and
 * then close it with a 44xx code: an HTTP error on the upgrade reaches the y-websocket
 * client as 1006 and it would retry forever, while 4400–4499 make it stop.
 */
export function handleSyncUpgrade(deps: UpgradeDeps, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  const url = URL.parse(req.url ?? '/', 'http://localhost');
  const m = url && /^\/sync\/([^/]+)$/.exec(url.pathname);
  if (!url || !m) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    return;
  }
  deps.wss.handleUpgrade(req, socket, head, (ws) => {
    const mapId = decode(m[1]);
    if (mapId === undefined || !MAP_ID.test(mapId)) return closeSocket(ws, 4400, 'Invalid map id');
    const refused = deps.originPolicy && refuseOrigin(req, deps.originPolicy);
    if (refused) return closeSocket(ws, 4403, refused);
    const failed = (e: unknown) => {
      // Final (44xx): the client stops retrying and shows the reason until the map is repaired.
      if (e instanceof DamagedMapError) return closeSocket(ws, 4422, `The map "${mapId.slice(0, 40)}" is damaged: ask the facilitator to restore its last saved version.`);
      console.error('[sync] failed to open room', mapId, e);
      closeSocket(ws, 4500, 'The server could not open this map; try again later');
    };
    // Messages sent while the link is checked wait for attachSocket, in order.
    const early: [Buffer, boolean][] = [];
    const hold = (data: Buffer, isBinary: boolean) => early.push([data, isBinary]);
    ws.on('message', hold);
    deps.auth.check(mapId, url.searchParams.get('token') ?? undefined).then((access) => {
      ws.off('message', hold);
      if (!access.ok) return closeSocket(ws, access.status === 403 ? 4403 : 4401, access.message);
      const attached = attachSocket(ws, deps.rooms, mapId, { ...access, participant: participantOf(url.searchParams.get('participant')) }, deps.limits);
      for (const [data, isBinary] of early) ws.emit('message', data, isBinary);
      return attached;
    }).catch(failed);
  });
}

/**
 * The participant id of a connection: derived from the secret key it presented, so only its
 * holder writes under that id; a connection without a valid key is a participant of its own
 * (what it writes it can change until it disconnects).
 */
function participantOf(key: string | null): string {
  return getParticipantIdOf(isParticipantKey(key) ? key : randomBytes(18).toString('base64url'));
}
