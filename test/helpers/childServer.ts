import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './server';

/** A port that was free a moment ago (the OS picks it; we release it for the child to take). */
export function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
}

/** How the server is run: from its TypeScript sources through tsx, or compiled (build/server.js, as `npm start` runs it). */
export const FROM_SOURCES = ['--import', 'tsx', 'server/main.ts'];
export const COMPILED = ['build/server.js'];

/** Starts the real server in its own process (by default `node --import tsx server/main.ts`). */
export function spawnServer(env: Record<string, string>, timeoutMs = 30_000, args = FROM_SOURCES): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Warrant is running at (\S+?)\/?\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting:\n${out}`));
    });
  });
}
