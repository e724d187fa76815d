import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/app';
import { acceptedEncodings } from '../../../server/http/static';
import { ROOT, makeDirs, startTestServer } from '../../helpers/server';

// The real production build (test/globalSetup.ts builds it when stale), served by the real server.
const dist = join(ROOT, 'dist');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer(makeDirs(), dist);
});
afterAll(() => server.close());

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw GET (node's fetch would decode the body and hide what was sent). */
function getRaw(path: string, acceptEncoding?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const mainScript = () => readFileSync(join(dist, 'index.html'), 'utf8').match(/src="(\/assets\/[^"]+\.js)"/)![1];

describe('static client files', () => {
  it('the build writes a gzip and a brotli copy of every script and stylesheet', () => {
    const files = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const original = readFileSync(join(dist, 'assets', f));
      if (original.length < 1024) continue;
      expect(gunzipSync(readFileSync(join(dist, 'assets', `${f}.gz`))).equals(original), f).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dist, 'assets', `${f}.br`))).equals(original), f).toBe(true);
    }
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
    ['*', 'br'],
  ])('sends a hashed script compressed for Accept-Encoding "%s" (%s), cached for a year', async (accept, encoding) => {
    const path = mainScript();
    const original = readFileSync(join(dist, path));
    const reply = await getRaw(path, accept);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(original.length / 2);
    const decoded = encoding === 'br' ? brotliDecompressSync(reply.body) : gunzipSync(reply.body);
    expect(decoded.equals(original)).toBe(true);
  });

  it('sends the plain bytes to a client that accepts no encoding', async () => {
    const path = mainScript();
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const reply = await getRaw(path, accept);
      expect(reply.headers['content-encoding']).toBeUndefined();
      expect(reply.body.equals(readFileSync(join(dist, path)))).toBe(true);
    }
  });

  it('revalidates index.html and client routes on every load, so a new build is picked up', async () => {
    for (const path of ['/', '/index.html', '/m/some-map']) {
      const reply = await getRaw(path, 'gzip');
      expect(reply.status).toBe(200);
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(gunzipSync(reply.body).toString()).toContain(mainScript());
    }
  });

  it('answers 404 for a missing asset and never caches it', async () => {
    const reply = await getRaw('/assets/missing-abc123.js', 'br');
    expect(reply.status).toBe(404);
    expect(reply.headers['cache-control']).toBeUndefined();
  });
});

describe('acceptedEncodings', () => {
  it.each([
    ['gzip, deflate, br', ['gzip', 'deflate', 'br']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    [' GZIP ; q=1 ', ['gzip']],
    ['', []],
  ])('%s → %j', (header, tokens) => {
    expect([...acceptedEncodings(header)].sort()).toEqual([...tokens].sort());
  });
});
