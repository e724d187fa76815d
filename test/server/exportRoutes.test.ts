import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getImportFormat } from '../../core/formats';
import type { ArgumentMap } from '../../core/model';
import { exportRoutes } from '../../server/api/exportRoutes';
import { selectStatements } from '../../server/work/exportTask';
import { createRouter } from '../../server/api/router';
import { createAuth } from '../../server/auth/access';
import { HttpError, sendError } from '../../server/http/respond';
import { type Store, openStore } from '../../server/persistence/store';
import { type RoomManager, createRoomManager } from '../../server/rooms';
import { createSourcePool, makeDirs } from '../helpers/server';
import type { WorkerPool } from '../../server/work/pool';
import { mapOf, seedMap } from '../client/viewFixtures';
import { EXPORT_OPTION_CASES } from '../helpers/exportOptionCases';

const SEED = 'csto-kazakhstan-2022';
// The export routes alone on a bare node:http server, with the real store and rooms behind them.
let http: Server;
let base: string;
let store: Store;
let rooms: RoomManager;
let work: WorkerPool;

beforeAll(async () => {
  const dirs = makeDirs({ small: 'test/fixtures/smallMap.json', [SEED]: `maps/${SEED}.json` });
  store = openStore(dirs.dataDir);
  work = createSourcePool();
  const { links, versions } = store;
  rooms = createRoomManager({ store, mapsDir: dirs.mapsDir, onBroadcast: () => {} });
  const route = createRouter({ rooms, store, versions, links, auth: createAuth(undefined, links), mapsDir: dirs.mapsDir, work }, exportRoutes);
  http = createServer((req, res) => {
    route(req, res, new URL(req.url ?? '/', 'http://localhost'))
      .then((handled) => {
        if (!handled) throw new HttpError(404, 'not an export route');
      })
      .catch((e) => sendError(res, e));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise((resolve) => http.close(resolve));
  await work.close();
  await rooms.closeAll();
  await store.close();
});

const get = (query: string, map = 'small') => fetch(`${base}/api/maps/${map}/export${query}`);
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('GET /api/maps/<id>/export', { timeout: 60_000 }, () => {
  it('sends a PNG (resvg) as an attachment named after the map, at the asked scale', async () => {
    const one = await get('?format=png');
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('image/png');
    expect(one.headers.get('content-disposition')).toBe('attachment; filename="small.png"');
    const png1 = Buffer.from(await one.arrayBuffer());
    expect(png1.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const png2 = Buffer.from(await (await get('?format=png&scale=2&background=transparent&legend=1')).arrayBuffer());
    expect(png2.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // The legend makes the figure taller, not wider; the width doubles exactly.
    expect(pngSize(png2).width).toBe(2 * pngSize(png1).width);
  });

  it.each([
    ['svg', 'image/svg+xml; charset=utf-8', 'small.svg', /^<\?xml[\s\S]*>Trees cool cities\.<[\s\S]*<\/svg>\n$/],
    ['argdown', 'text/x-argdown; charset=utf-8', 'small.argdown', /\[t\]: We should plant more trees\./],
    ['tikz', 'application/x-tex; charset=utf-8', 'small.tex', /\\begin\{tikzpicture\}/],
    ['mermaid', 'text/vnd.mermaid; charset=utf-8', 'small.mmd', /^flowchart /m],
  ])('sends %s with its content type and file name', async (format, type, name, body) => {
    const res = await get(`?format=${format}`);
    expect([res.status, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([200, type, `attachment; filename="${name}"`]);
    expect(await res.text()).toMatch(body);
  });

  it('sends the map as JSON when no format is named, and a PDF on the asked page', async () => {
    const json = await get('');
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="small.json"');
    expect((await json.json()).statements).toHaveLength(3);
    const pdf = await get('?format=pdf&page=a4');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sends the critique report as a PDF with its fonts embedded (format=report-pdf, for the workshop panel)', async () => {
    const res = await get('?format=report-pdf', SEED);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const file = join(mkdtempSync(join(tmpdir(), 'warrant-report-http-')), 'r.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout).toContain('Critique report');
    for (const row of spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean)) expect(row).toMatch(/\syes\s+yes\s+yes\s/);
  });

  it('embeds the font in an SVG when asked (embed-fonts=1), and only then', async () => {
    const plain = await (await get('?format=svg')).text();
    expect(plain).not.toContain('@font-face');
    const embedded = await (await get('?format=svg&embed-fonts=1')).text();
    expect(embedded).toMatch(/@font-face\{font-family:'DejaVu Sans';font-weight:normal;font-style:normal;src:url\(data:font\/woff2;base64,/);
    expect(embedded).toContain('>Trees cool cities.<');
  });

  it('exports only the statements named by ids, with the relations among them', async () => {
    const res = await get('?format=json&ids=t,r1');
    const map = (await res.json()) as ArgumentMap;
    expect(map.statements.map((s) => s.id)).toEqual(['t', 'r1']);
    expect(map.inferences.map((i) => i.id)).toEqual(['i1']);
    const argdown = await (await get(`?format=argdown&ids=thesis`, SEED)).text();
    expect(argdown).toMatch(/\[thesis\]/);
    expect(getImportFormat('argdown')!.import(argdown).map.statements).toHaveLength(1);
  });

  it.each([
    ['an unknown format, listing the valid ones', '?format=docx', /Unknown export format "docx"; use one of: json, svg, pdf, .*png/],
    ['ids the map does not have', '?format=svg&ids=t,ghost', /The map has no statement "ghost"/],
    ['ids naming nothing', '?format=svg&ids=,', /"ids" names no statements/],
  ])('answers 400 for %s', async (_, query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });

  it.each(EXPORT_OPTION_CASES.filter((c) => c.error).map((c) => [JSON.stringify(c.values), c.values, c.error!] as const))(
    'answers 400 for the options %s as the CLI refuses them (the shared table)',
    async (_, values, message) => {
      const res = await get(`?${new URLSearchParams({ format: 'png', ...values })}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe(message);
    },
  );

  it('says in a header what the format leaves out of this map, and nothing for Warrant JSON', async () => {
    const md = await get('?format=markdown', SEED);
    expect(md.status).toBe(200);
    expect(md.headers.get('x-export-leaves-out')).toBe('24 argumentation schemes, 3 critical-question links, 1 source text, 62 source anchors and 11 comments');
    const json = await get('?format=json', SEED);
    expect([json.headers.get('x-export-leaves-out'), json.headers.get('x-export-warrant-only')]).toEqual([null, null]);
    // AIF keeps the rest in fields only Warrant reads, and says so in its own header.
    const aif = await get('?format=aif', SEED);
    expect(aif.headers.get('x-export-leaves-out')).toBeNull();
    expect(aif.headers.get('x-export-warrant-only')).toMatch(/^the title, .*62 source anchors and 11 comments$/);
    await Promise.all([md.arrayBuffer(), json.arrayBuffer(), aif.arrayBuffer()]);
  });

  it('answers 404 for a map that does not exist', async () => {
    const res = await get('?format=svg', 'nope');
    expect(res.status).toBe(404);
  });
});

describe('selecting statements for an export', () => {
  const map = mapOf(['i1: a -> t', 'u1: u -x i1', 'j1: c d -> a']);
  it.each([
    [['a', 't'], ['i1']],
    [['a', 't', 'u'], ['i1', 'u1']],
    [['u', 't'], []],
    [['c', 'a'], []],
    [['c', 'd', 'a'], ['j1']],
  ])('%j keeps the relations %j', (ids, inferences) => {
    expect(selectStatements(map, ids).inferences.map((i) => i.id)).toEqual(inferences);
  });

  it('keeps the sources the kept anchors cite, and only those', () => {
    const seed = seedMap();
    const anchored = seed.statements.find((s) => s.anchors.length > 0)!;
    const plain = seed.statements.find((s) => s.anchors.length === 0)!;
    expect(selectStatements(seed, [anchored.id]).sources.map((s) => s.id)).toEqual([anchored.anchors[0].source]);
    expect(selectStatements(seed, [plain.id]).sources).toEqual([]);
  });
});
