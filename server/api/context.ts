import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Access, Auth } from '../auth/access';
import type { Links, Persistence, Versions } from '../persistence/types';
import type { RoomManager } from '../rooms';
import type { WorkerPool } from '../work/pool';

export interface ApiContext {
  readonly rooms: RoomManager;
  readonly store: Persistence;
  readonly versions: Versions;
  readonly links: Links;
  readonly auth: Auth;
  readonly mapsDir: string;
  /** Worker threads for exports, imports and layouts (off the event loop). */
  readonly work: WorkerPool;
}

/** One API request, after routing and the access check. */
export interface ApiCall {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Path parameters by name (`:id` → params.id), as they appear in the path. */
  readonly params: Readonly<Record<string, string>>;
  readonly access: Extract<Access, { ok: true }>;
}

/**
 * Who may call a route when AUTH_SECRET is set: `admin` needs the admin token; `view` any
 * share link of the map (or the admin token); `edit` an edit link of the map.
 */
export type Need = 'admin' | 'view' | 'edit';

export interface Route {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path with `:name` parameters, e.g. `/api/maps/:id/links/:linkId`. */
  readonly path: string;
  readonly need: Need;
  readonly handle: (ctx: ApiContext, call: ApiCall) => unknown;
}
