import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pickFreePort } from './childServer';
import { ROOT } from './server';

/** The nginx configuration of docs/deploy.md, as a new user would copy it. */
export function readDeployConfig(): string {
  const doc = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const m = /```nginx\n([\s\S]*?)```/.exec(doc);
  if (!m) throw new Error('docs/deploy.md has no ```nginx block');
  return m[1];
}

/**
 * Debian's nginx with the deploy guide's site configuration, its upstream servers replaced by
 * the given ones and listening on a free loopback port; its files in a temporary folder.
 */
export async function startNginx(upstreams: readonly string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!bin) throw new Error('nginx is not installed: `apt-get install nginx` (.ci/run does this)');
  const site = readDeployConfig();
  const servers = site.match(/^ {2}server 127\.0\.0\.1:\d+[^\n]*\n/gm) ?? [];
  if (servers.length < 2) throw new Error('the deploy guide\'s upstream block lists no instances');
  const port = await pickFreePort();
  const config = site
    .replace(servers.join(''), upstreams.map((u) => servers[0]!.replace(/127\.0\.0\.1:\d+/, u)).join(''))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  const dir = mkdtempSync(join(tmpdir(), 'warrant-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'tmp'), 0o777); // workers may run as another user
  writeFileSync(join(dir, 'site.conf'), config);
  writeFileSync(join(dir, 'nginx.conf'), `
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/site.conf;
}
`);
  const child: ChildProcess = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${out}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() - start > 15_000) throw new Error(`nginx did not answer in 15 s: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
