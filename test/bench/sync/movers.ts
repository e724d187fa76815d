/**
 * The moving clients of a load scenario, in their own process (forked by scenarios.ts), so that
 * reading 20 sockets' worth of fan-out does not starve the watchers' process of CPU. Told by IPC
 * {url, ids, hz, seconds}; replies {sync: true} once every client is synced, then, after
 * {go: true}, moves each client's statement `hz` times a second and replies with the send
 * times (performance.timeOrigin + now: one clock across processes).
 */
import { connectWire } from './wireClient';

interface Job { url: string; ids: string[]; hz: number; seconds: number }

const now = () => performance.timeOrigin + performance.now();
const send = (msg: unknown) => process.send!(msg);

process.once('message', async (job: Job) => {
  const clients = job.ids.map(() => connectWire(job.url));
  await Promise.all(clients.map((c) => c.synced));
  send({ synced: true });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const sentAt: [number, number, number][] = [];
  const period = 1000 / job.hz;
  const intervals: ReturnType<typeof setInterval>[] = [];
  clients.forEach((client, k) => {
    let seq = 0;
    setTimeout(() => {
      intervals.push(setInterval(() => {
        sentAt.push([k, ++seq, now()]);
        client.move(job.ids[k], k, seq);
      }, period));
    }, (k * period) / clients.length);
  });
  setTimeout(() => {
    intervals.forEach(clearInterval);
    send({ sentAt });
    setTimeout(() => {
      clients.forEach((c) => c.close());
      process.exit(0);
    }, 12_000);
  }, job.seconds * 1000);
});
