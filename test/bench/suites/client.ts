import { launchBrowser } from '../../helpers/browser';
import { startMapServer } from '../client/mapServer';
import { openMap, panFrames, slowShare } from '../client/pageMetrics';
import { interleave } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median, quantile } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';

/**
 * The editor in headless Chromium: time to a usable canvas for 1,000 statements against 100, and
 * frame times while panning 1,000 and 3,000 statements against 100, rounds interleaved, frames of
 * all rounds pooled for p95 and the share over 50 ms.
 */

const ROUNDS = 3;

export const suite: BenchSuite = {
  name: 'client',
  async run(): Promise<Figure[]> {
    const { server, addMap } = await startMapServer();
    const browser = await launchBrowser();
    try {
      const urls = { 100: await addMap(100), 1000: await addMap(1000), 3000: await addMap(3000) };
      const session = async (url: string, pan: boolean) => {
        const opened = await openMap(browser, url);
        try {
          return { openMs: opened.openMs, frames: pan ? await panFrames(opened.page) : [] };
        } finally {
          await opened.close();
        }
      };
      await session(urls[100], false); // warm the server's rooms and the browser's cache
      await session(urls[1000], false);
      await session(urls[3000], false);
      const open = await interleave(5, () => session(urls[1000], false), () => session(urls[100], false));
      const pan1000 = await interleave(ROUNDS, () => session(urls[1000], true), () => session(urls[100], true));
      const pan3000 = await interleave(ROUNDS, () => session(urls[3000], true), () => session(urls[100], true));
      const frames = (runs: { frames: number[] }[]) => runs.flatMap((r) => r.frames);
      const [f1000, f3000, base1, base3] = [frames(pan1000.subject), frames(pan3000.subject), frames(pan1000.baseline), frames(pan3000.baseline)];
      const opens = open.subject.map((r) => r.openMs);
      console.error(`  pan 1,000: median ${median(f1000).toFixed(1)} ms, p99 ${quantile(f1000, 0.99).toFixed(1)} ms; 3,000: median ${median(f3000).toFixed(1)} ms, ${slowShare(f3000).toFixed(1)} % over 50 ms`);
      const base = '100 statements, same run';
      return [
        { name: 'client.open.1000', value: median(opens), unit: 'ms', baseline: base, baselineValue: median(open.baseline.map((r) => r.openMs)), n: 5, spread: [Math.min(...opens), Math.max(...opens)], note: 'navigation to the first card on screen; target under 1.5× the 100-statement time' },
        { name: 'client.pan.p95.1000', value: quantile(f1000, 0.95), unit: 'ms', baseline: base, baselineValue: quantile(base1, 0.95), n: f1000.length, note: 'target p95 under 20 ms' },
        { name: 'client.pan.p99.1000', value: quantile(f1000, 0.99), unit: 'ms', baseline: base, baselineValue: quantile(base1, 0.99), n: f1000.length },
        { name: 'client.pan.slowframes.1000', value: slowShare(f1000), unit: '% frames > 50 ms', baseline: base, baselineValue: slowShare(base1), n: f1000.length, note: 'target under 2 %' },
        { name: 'client.pan.missed.1000', value: slowShare(f1000, 20), unit: '% frames > 20 ms', baseline: base, baselineValue: slowShare(base1, 20), n: f1000.length, note: 'frames that missed a 60 Hz vsync: p95 is under 20 ms when this is under 5 %' },
        { name: 'client.pan.p95.3000', value: quantile(f3000, 0.95), unit: 'ms', baseline: base, baselineValue: quantile(base3, 0.95), n: f3000.length, note: 'target p95 under 34 ms' },
        { name: 'client.pan.missed.3000', value: slowShare(f3000, 20), unit: '% frames > 20 ms', baseline: base, baselineValue: slowShare(base3, 20), n: f3000.length },
        { name: 'client.pan.slowframes.3000', value: slowShare(f3000), unit: '% frames > 50 ms', baseline: base, baselineValue: slowShare(base3), n: f3000.length },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
