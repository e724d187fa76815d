// `npm run test:soak`: a workshop under attack, on loopback, in about two minutes. 50 editors
// × 20 edits/s and 200 listeners on one map, 10 other maps with a few people each, and the
// hostile clients of issue 12 items 1–5 at the same time. Prints the well-behaved clients'
// relay latency (p50/p95), the server's RSS and CPU and whether every room converged, and
// merges them into results.json. Not part of `npm test`: nothing here is asserted.
import { cpSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { COMPILED, pickFreePort, spawnServer } from '../helpers/childServer';
import { createApi } from '../helpers/http';
import { makeDirs, ROOT } from '../helpers/server';
import { describeMachine, toRecord, type Figure } from './lib/record';
import { formatTable, mergeResults } from './lib/results';
import { quantile } from './lib/stats';
import { startHostile, type Tally } from './soak/hostile';
import { readSyncPayload, startEditor, startListener, type SendLog } from './soak/wellBehaved';
import { openPeer, syncStep1 } from '../helpers/rawPeer';
// @ts-expect-error plain JS module shared with `npm start`
import { buildServerIfStale } from '../../scripts/buildServer.js';

const LOAD_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** SOAK_SCALE=0.2 runs a fifth of the people (for a machine too loaded for the full workshop); the figures say so. */
const SCALE = Number(process.env.SOAK_SCALE ?? 1);
const EDITORS = Math.round(50 * SCALE);
const LISTENERS = Math.round(200 * SCALE);
const WORKSHOP = 'csto-kazakhstan-2022';
const OTHERS = Array.from({ length: 10 }, (_, i) => `room-${i}`);
const DEADLINE_S = LOAD_SECONDS + 150;
let killServer = () => {};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server process's resident memory (MB) and CPU time (s), from /proc. */
function sample(pid: number) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { rss, cpu: (Number(stat[11]) + Number(stat[12])) / 100 };
}

/** A fresh look at a room as the server holds it: its whole state, through a new socket. */
async function serverState(url: string): Promise<Y.Doc> {
  const peer = await openPeer(url);
  await peer.send(syncStep1());
  const doc = new Y.Doc();
  for (let i = 0; i < 200 && !peer.messages.some((m) => m[0] === 0 && m[1] === 1); i++) await sleep(50);
  const reply = peer.messages.find((m) => m[0] === 0 && m[1] === 1);
  if (reply) Y.applyUpdate(doc, readSyncPayload(reply)!);
  peer.ws.terminate();
  return doc;
}

const sameState = (a: Y.Doc, b: Y.Doc) => Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

async function main() {
  const began = performance.now();
  // Bounded in time whatever happens: a machine too loaded to finish says so.
  setTimeout(() => {
    console.error(`soak: gave up after ${DEADLINE_S} s (the machine is too loaded, or the server stopped answering)`);
    killServer();
    process.exit(2);
  }, DEADLINE_S * 1000).unref();
  await buildServerIfStale();
  const dirs = makeDirs({ [WORKSHOP]: `maps/${WORKSHOP}.json` });
  for (const id of OTHERS) cpSync(join(ROOT, 'test/fixtures/smallMap.json'), join(dirs.mapsDir, `${id}.json`));
  const server = await spawnServer({ PORT: String(await pickFreePort()), DATA_DIR: dirs.dataDir, MAPS_DIR: dirs.mapsDir, AUTH_SECRET: 'soak-secret-0123456789abcdef', AUTO_VERSION_MINUTES: '0' }, 60_000, COMPILED);
  const pid = server.child.pid!;
  killServer = () => server.child.kill('SIGKILL');
  try {
    // The admin link is printed just after the start line.
    for (let i = 0; i < 100 && !/\?token=\S+/.test(server.output()); i++) await sleep(50);
    const admin = createApi(server.url, /\?token=(\S+)/.exec(server.output())![1]);
    const token = async (map: string, role: string) => (await admin('POST', `/api/maps/${map}/links`, { role })).body.token as string;
    const ws = (map: string, t: string) => `${server.url.replace(/^http/, 'ws')}/sync/${map}?token=${t}`;
    const edit = new Map(await Promise.all([WORKSHOP, ...OTHERS].map(async (m) => [m, await token(m, 'edit')] as const)));
    const view = await token(WORKSHOP, "view");

    const closes: number[] = [];
    const onClose = (code: number) => closes.push(code);
    const latencies: number[] = [];
    const logs: SendLog[] = [];
    const editors = [];
    for (let i = 0; i < EDITORS; i++) editors.push({ room: WORKSHOP, ...(await startEditor(ws(WORKSHOP, edit.get(WORKSHOP)!), `e${i}`, 20, onClose)) });
    for (const [r, room] of OTHERS.entries()) for (let i = 0; i < 3; i++) editors.push({ room, ...(await startEditor(ws(room, edit.get(room)!), `o${r}_${i}`, 2, onClose)) });
    logs.push(...editors.map((e) => e.log));
    const measure = { logs, latencies };
    const listeners: (Awaited<ReturnType<typeof startListener>> & { room: string })[] = [];
    console.log(`${editors.length} editors connected after ${((performance.now() - began) / 1000).toFixed(0)} s`);
    // Listeners join 20 at a time.
    const joins = [
      ...Array.from({ length: LISTENERS }, (_, i) => () => startListener(ws(WORKSHOP, view), i < 5 ? measure : undefined, onClose).then((l) => ({ room: WORKSHOP, ...l }))),
      ...OTHERS.flatMap((room) => Array.from({ length: 5 }, (_, i) => () => startListener(ws(room, edit.get(room)!), i < 1 ? measure : undefined, onClose).then((l) => ({ room, ...l })))),
    ];
    for (let i = 0; i < joins.length; i += 20) listeners.push(...(await Promise.all(joins.slice(i, i + 20).map((join) => join()))));
    console.log(`${editors.length} editors and ${listeners.length} listeners connected; hostile clients start; ${LOAD_SECONDS} s of load`);

    let running = true;
    const tally: Tally = new Map();
    const hostile = startHostile({
      viewWorkshop: ws(WORKSHOP, view),
      editOther: ws(OTHERS[0], edit.get(OTHERS[0])!),
      exportUrl: `${server.url}/api/maps/${WORKSHOP}/export?format=pdf&token=${view}`,
    }, tally, () => running);
    for (const e of editors) e.begin();
    latencies.splice(0);
    const start = sample(pid);
    const startedAt = performance.now();
    let maxRss = start.rss;
    for (let s = 0; s < LOAD_SECONDS; s++) {
      await sleep(1000);
      maxRss = Math.max(maxRss, sample(pid).rss);
      if (s % 10 === 9) console.log(`  ${s + 1} s: p95 ${quantile(latencies, 0.95).toFixed(0)} ms over ${latencies.length} deliveries, RSS ${maxRss.toFixed(0)} MB`);
    }
    const end = sample(pid);
    const seconds = (performance.now() - startedAt) / 1000;
    running = false;
    for (const e of editors) e.stop();
    await hostile;
    const measured = latencies.splice(0);
    // Quiet: every edit sent is relayed and stored; then each room is compared with its measuring listener.
    await sleep(5000);
    const converged: string[] = [];
    for (const room of [WORKSHOP, ...OTHERS]) {
      const truth = await serverState(ws(room, edit.get(room)!));
      const docs = listeners.filter((l) => l.room === room && l.doc).map((l) => l.doc!);
      // Every edit each editor made is in the server's state, and every measuring listener holds exactly that state.
      const ownEdits = editors.filter((e) => e.room === room).every((e) => Y.getState(truth.store, e.log.client) === Y.getState(e.doc.store, e.log.client));
      if (ownEdits && docs.every((d) => sameState(d, truth))) converged.push(room);
      else console.log(`  ${room} did not converge (editors' edits all stored: ${ownEdits})`);
    }
    // Counted before this script closes them itself.
    const wellClosed = closes.length;
    for (const l of listeners) l.close();
    for (const e of editors) e.close();

    const cores = (end.cpu - start.cpu) / seconds;
    console.log(`\nwell-behaved relay latency: p50 ${quantile(measured, 0.5).toFixed(0)} ms, p95 ${quantile(measured, 0.95).toFixed(0)} ms (${measured.length} deliveries)`);
    console.log(`server: RSS max ${maxRss.toFixed(0)} MB, CPU ${cores.toFixed(2)} cores over ${seconds.toFixed(0)} s`);
    console.log(`converged: ${converged.length}/${OTHERS.length + 1} rooms; well-behaved connections closed: ${wellClosed}${wellClosed ? ` (codes ${[...new Set(closes)].join(', ')})` : ''}`);
    console.log('hostile clients met:', Object.fromEntries([...tally].sort()));
    const date = new Date().toISOString();
    const machine = describeMachine();
    const note = `${EDITORS} editors × 20 edits/s + ${LISTENERS} listeners on one map${SCALE === 1 ? '' : ` (SOAK_SCALE=${SCALE})`}, 10 other maps (3 editors × 2/s, 5 listeners), hostile clients of issue 12 items 1–5; ${LOAD_SECONDS} s on loopback`;
    const figures: Figure[] = [
      { name: 'soak.latency.p50', value: quantile(measured, 0.5), unit: 'ms', baseline: 'target p95', baselineValue: 250, n: measured.length, note },
      { name: 'soak.latency.p95', value: quantile(measured, 0.95), unit: 'ms', baseline: 'target p95', baselineValue: 250, n: measured.length, note },
      { name: 'soak.server.rss.max', value: maxRss, unit: 'MB', baseline: 'target', baselineValue: 1024, n: LOAD_SECONDS, note },
      { name: 'soak.server.cpu', value: cores, unit: 'cores', baseline: 'cores on this machine', baselineValue: cpus().length, n: 1, note },
      { name: 'soak.rooms.converged', value: converged.length, unit: 'rooms', baseline: 'rooms', baselineValue: OTHERS.length + 1, n: OTHERS.length + 1, note },
      { name: 'soak.wellBehaved.closed', value: wellClosed, unit: 'connections', baseline: 'connections', baselineValue: editors.length + listeners.length, n: 1, note },
    ];
    const records = figures.map((f) => toRecord(f, date, machine));
    mergeResults(records);
    console.log(`\n${formatTable(records)}`);
  } catch (e) {
    console.error(`soak failed; the server said:\n${server.output().slice(-3000)}`);
    throw e;
  } finally {
    server.child.kill('SIGKILL');
  }
}

await main();
process.exit(0);
