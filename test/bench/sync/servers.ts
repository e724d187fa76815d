import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgumentMap } from '../../../core/model/types';
import { ROOT } from '../../helpers/server';
// @ts-expect-error plain JS module shared with `npm start`
import { buildServerIfStale } from '../../../scripts/buildServer.js';

/** A sync server under test, in its own process (so its CPU time can be read from /proc). */
export interface BenchServer {
  readonly label: string;
  readonly pid: number;
  /** Creates a room holding `map`; returns the WebSocket URL a client opens for it. */
  createRoom(map: ArgumentMap): Promise<string>;
  stop(): Promise<void>;
}

function spawnUntil(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      const match = ready.exec(out);
      if (match) resolve({ child, match });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null) return resolve();
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

/** Warrant's own server as `npm start` runs it (compiled, SQLite in a fresh data folder). */
export async function startWarrant(options: { mapsDir?: string } = {}): Promise<BenchServer & { url: string }> {
  await buildServerIfStale();
  const dataDir = join(mkdtempSync(join(tmpdir(), 'warrant-bench-')), 'data');
  const mapsDir = options.mapsDir ?? join(dataDir, '..', 'maps');
  const { child, match } = await spawnUntil(['build/server.js'], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MAPS_DIR: mapsDir, AUTO_VERSION_MINUTES: '0' }, /Warrant is running at (\S+?)\/?\s/);
  const url = match[1];
  return {
    label: 'warrant',
    pid: child.pid!,
    url,
    async createRoom(map) {
      const res = await fetch(`${url}/api/maps`, { method: 'POST', body: JSON.stringify(map), headers: { 'content-type': 'application/json' } });
      if (!res.ok) throw new Error(`creating a map: ${res.status} ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      return `${url.replace(/^http/, 'ws')}/sync/${id}`;
    },
    stop: () => stop(child),
  };
}

/** Stock @y/websocket-server 0.1.1 in memory; a room is filled by the first client that brings the map. */
export async function startStock(): Promise<BenchServer> {
  const { child, match } = await spawnUntil([join(import.meta.dirname, 'stockServer.js')], {}, /listening (\d+)/);
  let rooms = 0;
  return {
    label: 'stock',
    pid: child.pid!,
    async createRoom() {
      return `ws://127.0.0.1:${match[1]}/bench-room-${++rooms}`;
    },
    stop: () => stop(child),
  };
}

/** CPU time (user + system) the process has used, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks of 1/100 s
}
