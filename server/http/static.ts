import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Encodings the build writes beside each file (scripts/precompress.js), best first. */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

/** The encodings an Accept-Encoding header allows (a q of 0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const name = token.trim();
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** The precompressed copy of `file` to send, if the build wrote one the client accepts. */
function pickEncoded(file: string, header: string | undefined): { path: string; encoding?: string } {
  const accepted = acceptedEncodings(header);
  for (const { token, suffix } of ENCODINGS) {
    if ((accepted.has(token) || accepted.has('*')) && existsSync(file + suffix)) return { path: file + suffix, encoding: token };
  }
  return { path: file };
}

/**
 * Serves the built client; unknown paths without an extension get index.html (client-side
 * routes). Hashed files under assets/ are cached for a year (their name changes with their
 * content); everything else is revalidated. Compressed copies written at build time are sent
 * to clients that accept them.
 */
export function serveStatic(root: string, pathname: string, res: ServerResponse, headers: IncomingHttpHeaders = {}): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad path');
    return;
  }
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(400).end('Bad path');
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (extname(rel)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    file = join(root, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('The client is not built: run `npm run build` (npm start does it for you).');
      return;
    }
  }
  const immutable = rel.startsWith('assets/') && file !== join(root, 'index.html');
  const sent = pickEncoded(file, headers['accept-encoding']);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(sent.path).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'Accept-Encoding',
    ...(sent.encoding && { 'content-encoding': sent.encoding }),
  });
  createReadStream(sent.path).pipe(res);
}
