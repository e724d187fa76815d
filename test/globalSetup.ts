// @ts-expect-error plain JS module shared with `npm start`
import { buildIfStale } from '../scripts/buildIfStale.js';

/** End-to-end tests serve the built client: build it once before the run when stale. */
export default function setup(): void {
  buildIfStale();
}
