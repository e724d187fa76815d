// @ts-expect-error plain JS module shared with `npm start`
import { buildIfStale } from '../scripts/buildIfStale.js';
// @ts-expect-error plain JS module shared with `npm start` and bin/warrant.js
import { buildServerIfStale } from '../scripts/buildServer.js';

/** End-to-end tests serve the built client, CLI tests run bin/warrant.js: build both once before the run when stale. */
export default async function setup(): Promise<void> {
  buildIfStale();
  await buildServerIfStale();
}
