/**
 * Cluster mode (PostgreSQL + Redis, instances in their own processes):
 * - cluster.latency.p50/p95: a move made on instance A, timed at a watcher on instance B
 *   (through PostgreSQL and Redis), against a watcher on A itself in the same run;
 * - cluster.throughput.3v1: moves delivered per second to watchers, six rooms each with four
 *   movers at 60 Hz, spread over three instances, against the same load on one instance.
 * This machine has 2 cores: three instances share them, so the throughput ratio says how much
 * the fan-out through Redis costs more than how far more machines would carry.
 */
import { spawnServer, pickFreePort, type ChildServer } from '../../helpers/childServer';
import { startPostgres, startRedis } from '../../helpers/clusterServices';
import { makeDirs } from '../../helpers/server';
import { generateMap } from '../generateMap';
import type { Figure } from '../lib/record';
import { summarize } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';
import { connectWire, type Move } from '../sync/wireClient';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function instances(count: number, env: Record<string, string>): Promise<ChildServer[]> {
  const out: ChildServer[] = [];
  for (let i = 0; i < count; i++) out.push(await spawnServer({ ...env, PORT: String(await pickFreePort()), AUTO_VERSION_MINUTES: '0' }));
  return out;
}

async function createRoom(server: ChildServer, statements: number): Promise<{ id: string; ids: string[] }> {
  const map = generateMap(statements);
  const res = await fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(map) });
  const { id } = (await res.json()) as { id: string };
  return { id, ids: map.statements.map((s) => s.id) };
}

const wsUrl = (s: ChildServer, room: string) => `${s.url.replace(/^http/, 'ws')}/sync/${room}`;

/** One mover on A at 20 Hz; watchers on A and on B time every move. */
async function latency(a: ChildServer, b: ChildServer, seconds: number) {
  const room = await createRoom(a, 100);
  const sentAt = new Map<number, number>();
  const arrivals = { same: [] as number[], cross: [] as number[] };
  const watch = (key: 'same' | 'cross') => (m: Move, at: number) => {
    const t = sentAt.get(m.seq);
    if (t !== undefined) arrivals[key].push(at - t);
  };
  const same = connectWire(wsUrl(a, room.id), { observe: watch('same') });
  const cross = connectWire(wsUrl(b, room.id), { observe: watch('cross') });
  const mover = connectWire(wsUrl(a, room.id));
  await Promise.all([same.synced, cross.synced, mover.synced]);
  for (let seq = 1; seq <= seconds * 20; seq++) {
    sentAt.set(seq, performance.now());
    mover.move(room.ids[0], 1, seq);
    await sleep(50);
  }
  await sleep(1000);
  [same, cross, mover].forEach((c) => c.close());
  return arrivals;
}

/** Six rooms, four movers each at 60 Hz, rooms spread over the instances; moves delivered per second. */
async function throughput(servers: ChildServer[], seconds: number): Promise<number> {
  // Moves covered at the watchers: a move overwritten by a newer one of the same mover before
  // it went out (a server merges one tick's updates) counts when the newer one arrives.
  const latest = new Map<string, number>();
  const delivered = () => [...latest.values()].reduce((a, b) => a + b, 0);
  const clients = [];
  const movers: { move: () => void }[] = [];
  for (let r = 0; r < 6; r++) {
    const s = servers[r % servers.length];
    const room = await createRoom(s, 50);
    clients.push(connectWire(wsUrl(s, room.id), { observe: (m) => void latest.set(`${r}:${m.client}`, Math.max(m.seq, latest.get(`${r}:${m.client}`) ?? 0)) }));
    for (let k = 0; k < 4; k++) {
      const c = connectWire(wsUrl(servers[(r + k) % servers.length], room.id));
      clients.push(c);
      let seq = 0;
      movers.push({ move: () => c.move(room.ids[k], k, ++seq) });
    }
  }
  await Promise.all(clients.map((c) => c.synced));
  const timer = setInterval(() => movers.forEach((m) => m.move()), 1000 / 60);
  await sleep(1000);
  const start = delivered();
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const rate = ((delivered() - start) * 1000) / (performance.now() - t0);
  clearInterval(timer);
  clients.forEach((c) => c.close());
  return rate;
}

export const suite: BenchSuite = {
  name: 'cluster',
  async run(): Promise<Figure[]> {
    const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    const started: ChildServer[] = [];
    try {
      const env = (db: string) => ({ DATABASE_URL: db, REDIS_URL: redis.url, ...(({ dataDir, mapsDir }) => ({ DATA_DIR: dataDir, MAPS_DIR: mapsDir }))(makeDirs()) });
      const two = await instances(2, env(await pg.createDatabase('bench_latency')));
      started.push(...two);
      const lat = { same: [] as number[], cross: [] as number[] };
      for (let round = 0; round < 3; round++) {
        const r = await latency(two[round % 2], two[(round + 1) % 2], 8);
        lat.same.push(...r.same);
        lat.cross.push(...r.cross);
      }
      two.forEach((s) => s.child.kill());
      const [cross, same] = [summarize(lat.cross), summarize(lat.same)];
      const three = await instances(3, env(await pg.createDatabase('bench_throughput')));
      started.push(...three);
      const rates = { three: [] as number[], one: [] as number[] };
      for (let round = 0; round < 3; round++) {
        rates.one.push(await throughput([three[round % 3]], 5));
        rates.three.push(await throughput(three, 5));
      }
      const med = (xs: number[]) => summarize(xs).median;
      const baseline = 'same map, both watchers in one run: a watcher on the instance the edit came in on';
      return [
        { name: 'cluster.latency.p50', value: cross.median, unit: 'ms', baseline, baselineValue: same.median, n: cross.n },
        { name: 'cluster.latency.p95', value: cross.p95, unit: 'ms', baseline, baselineValue: same.p95, n: cross.n },
        { name: 'cluster.throughput.3v1', value: med(rates.three), unit: 'moves/s', baseline: 'the same load (6 rooms × 4 movers at 60 Hz) on one instance, interleaved rounds', baselineValue: med(rates.one), n: rates.three.length, spread: [Math.min(...rates.three), Math.max(...rates.three)], note: '3 instances share 2 cores here' },
      ];
    } finally {
      started.forEach((s) => s.child.kill('SIGKILL'));
      await Promise.all([pg.dispose(), redis.dispose()]);
    }
  },
};
