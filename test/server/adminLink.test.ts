import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from '../helpers/childServer';
import { makeDirs, ROOT } from '../helpers/server';

const SECRET = 'admin-link-secret-0123456789';
const running: ChildServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) {
    s.child.kill('SIGTERM');
    await s.exited;
  }
});

/** Starts the server as `npm start` does, stops it, and returns everything it printed. */
async function startAndStop(env: Record<string, string>) {
  const server = await spawnServer({ PORT: '0', ...env });
  running.push(server);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the lines printed right after "running at"
  server.child.kill('SIGTERM');
  await server.exited;
  running.splice(running.indexOf(server), 1);
  return { url: server.url, output: server.output() };
}

const adminLink = (env: Record<string, string>, ...args: string[]) =>
  spawnSync('node', [join(ROOT, 'bin/warrant.js'), 'admin-link', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

describe('issue 12 item 14: the admin link is printed once, or on demand', () => {
  it('prints the admin link at the first start only; `warrant admin-link` prints it again, and it works', async () => {
    const { dataDir, mapsDir } = makeDirs();
    const env = { DATA_DIR: dataDir, MAPS_DIR: mapsDir, AUTH_SECRET: SECRET };
    const first = await startAndStop(env);
    const token = /\?token=(\S+)/.exec(first.output)?.[1];
    expect(token, first.output).toBeDefined();
    const second = await startAndStop(env);
    expect(second.output).not.toContain(token);
    expect(second.output).toMatch(/warrant admin-link/);

    const r = adminLink({ AUTH_SECRET: SECRET, HOST: '127.0.0.1', PORT: '8123' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`http://127.0.0.1:8123/?token=${token}`);
    expect(adminLink({ AUTH_SECRET: SECRET }, '--url', 'https://warrant.example.org/').stdout.trim()).toBe(`https://warrant.example.org/?token=${token}`);

    // The printed link opens the facilitator's view on a running server.
    const server = await spawnServer({ PORT: '0', ...env });
    running.push(server);
    expect((await fetch(`${server.url}/api/maps`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('prints it again once after AUTH_SECRET changes; the CLI refuses to run without a secret', async () => {
    const { dataDir, mapsDir } = makeDirs();
    await startAndStop({ DATA_DIR: dataDir, MAPS_DIR: mapsDir, AUTH_SECRET: SECRET });
    const changed = await startAndStop({ DATA_DIR: dataDir, MAPS_DIR: mapsDir, AUTH_SECRET: `${SECRET}-new` });
    expect(changed.output).toMatch(/\?token=\S+/);
    const r = adminLink({ AUTH_SECRET: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUTH_SECRET is not set/);
  });
});
