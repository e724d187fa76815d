import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgumentMap } from '../../core/model';
import type { RunningServer, ServerConfig } from '../../server/app';
import { createMapOn, fetchMap } from '../e2e/mapFixture';
import { launchBrowser } from './browser';
import { type ChildServer, pickFreePort, spawnServer } from './childServer';
import { type ArriveOptions, type Person, type Who, arriveAs } from './person';
import { ROOT, makeDirs } from './server';
import { startServerWith } from './serverWith';

/**
 * The stage of an e2e test file: a real server (in this process, on a free port, serving the
 * built client; or, with `spawn`, a freshly started server process as `npm start` runs it) and
 * one headless Chromium, started before the file's tests and stopped after.
 * Every participant arrives in a browser context of their own with empty storage; the contexts
 * opened during a test are closed after it, so no test leans on another's browser state.
 */
export interface Stage<S extends { readonly url: string } = RunningServer> {
  readonly server: S;
  readonly browser: Browser;
  /** The server's address followed by `path` (e.g. `/m/trees`). */
  url(path?: string): string;
  /** A participant opening `path` (or a full URL) in a fresh browser; types their name when `who` is given. */
  arrive(path: string, who?: Who, options?: ArriveOptions): Promise<Person>;
  /** Creates the map on the server through its API (as a facilitator importing it would) and returns its id. */
  createMap(map: ArgumentMap): Promise<string>;
  /** The map as the server has stored it. */
  saved(id: string): Promise<ArgumentMap>;
  /** Creates a copy of the seeded map (SEED_FILE) under a new id, for one test to change as it likes, and returns the id. */
  createSeededCopy(): Promise<string>;
}

export interface StageOptions {
  /** Maps the server seeds, as id → file under the project root (default: the small test map as `small`). */
  readonly seeds?: Record<string, string>;
  /** More server configuration (an auth secret…). */
  readonly server?: Partial<ServerConfig>;
  /** The viewport of every participant's window unless `arrive` says otherwise. */
  readonly viewport?: { width: number; height: number };
  /**
   * A freshly started server process (`node --import tsx server/main.ts`) on the project's seeded
   * maps and an empty data directory, instead of a server in this process; `seeds` and `server`
   * do not apply.
   */
  readonly spawn?: boolean;
}

/** Starts the server process of a `spawn` stage. */
async function spawnFresh(): Promise<ChildServer & { close(): Promise<void> }> {
  const port = await pickFreePort();
  const child = await spawnServer({ PORT: String(port), DATA_DIR: join(mkdtempSync(join(tmpdir(), 'warrant-fresh-')), 'data') });
  return {
    ...child,
    async close() {
      child.child.kill('SIGTERM');
      await child.exited;
    },
  };
}

export const SEED = 'csto-kazakhstan-2022';
export const SEED_FILE = `maps/${SEED}.json`;

/** The seeded map as its file holds it. */
export const readSeededMap = (): ArgumentMap => JSON.parse(readFileSync(join(ROOT, SEED_FILE), 'utf8')) as ArgumentMap;

/** Registers the file's beforeAll/afterEach/afterAll hooks and returns the stage they set up. */
export function useStage(options: StageOptions & { spawn: true }): Stage<ChildServer>;
export function useStage(options?: StageOptions): Stage;
export function useStage(options: StageOptions = {}): Stage<RunningServer | ChildServer> {
  let server: (RunningServer | ChildServer) & { close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  const people: Person[] = [];
  beforeAll(async () => {
    server = options.spawn ? await spawnFresh() : await startServerWith(makeDirs(options.seeds), { clientDir: join(ROOT, 'dist'), ...options.server });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const p of people.splice(0)) await p.context.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the stage's ${what} is not started yet (use it inside a test or hook)`);
    return value;
  };
  const stage: Stage<RunningServer | ChildServer> = {
    get server() {
      return need(server, 'server');
    },
    get browser() {
      return need(browser, 'browser');
    },
    url: (path = '') => `${stage.server.url}${path}`,
    async arrive(path, who, arriveOptions = {}) {
      const url = /^https?:/.test(path) ? path : stage.url(path);
      const person = await arriveAs(stage.browser, url, who, { viewport: options.viewport, ...arriveOptions });
      people.push(person);
      return person;
    },
    createMap: (map) => createMapOn(stage.server.url, map),
    saved: (id) => fetchMap(stage.server.url, id),
    createSeededCopy: () => createMapOn(stage.server.url, readSeededMap()),
  };
  return stage;
}
