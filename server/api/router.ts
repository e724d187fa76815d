import type { IncomingMessage, ServerResponse } from 'node:http';
import { roleAllows } from '../auth/roles';
import { HttpError } from '../http/respond';
import type { ApiCall, ApiContext, Route } from './context';
import { MAP_ID } from './ids';

const split = (path: string) => path.split('/').filter(Boolean);

function match(pattern: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    if (pattern[i].startsWith(':')) params[pattern[i].slice(1)] = parts[i];
    else if (pattern[i] !== parts[i]) return undefined;
  }
  return params;
}

/** The caller's token: `Authorization: Bearer <token>`, or `?token=<token>` (handy for links and downloads). */
export function getRequestToken(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  const m = header && /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : (url.searchParams.get('token') ?? undefined);
}

async function authorize(ctx: ApiContext, route: Route, req: IncomingMessage, url: URL, mapId: string | undefined): Promise<ApiCall['access']> {
  const access = await ctx.auth.check(mapId, getRequestToken(req, url));
  if (route.need === 'admin') {
    if (access.ok && access.admin) return access;
    if (!access.ok && access.status === 401) throw new HttpError(401, access.message);
    throw new HttpError(403, 'Only the facilitator can do this: it needs the admin token, not a share link.');
  }
  if (!access.ok) throw new HttpError(access.status, access.message);
  if (!roleAllows(access.role, route.need)) throw new HttpError(403, `This needs an ${route.need} link; yours is a ${access.role} link.`);
  return access;
}

/** Routes a request to the first route whose path and method match; false when no route has its path. */
export function createRouter(ctx: ApiContext, routes: readonly Route[]) {
  const compiled = routes.map((route) => ({ route, pattern: split(route.path) }));
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const parts = split(url.pathname);
    const hits = compiled.map((c) => ({ ...c, params: match(c.pattern, parts) })).filter((c) => c.params);
    if (hits.length === 0) return false;
    const method = req.method ?? 'GET';
    const hit = hits.find((h) => h.route.method === method);
    if (!hit) {
      const allowed = [...new Set(hits.map((h) => h.route.method))].join(', ');
      res.setHeader('allow', allowed);
      throw new HttpError(405, `${method} is not allowed on ${url.pathname}; use ${allowed}`);
    }
    const params = hit.params!;
    if (params.id !== undefined && !MAP_ID.test(params.id)) throw new HttpError(404, `No map with id "${params.id.slice(0, 80)}"`);
    const access = await authorize(ctx, hit.route, req, url, params.id);
    await hit.route.handle(ctx, { req, res, url, params, access });
    return true;
  };
}
