/**
 * Panning benchmark: `npm run bench:pan`.
 *
 * Serves the production client from a real server (temp data dir), opens generated
 * argument maps of 100 (the baseline) and 1,000 statements in headless Chromium, zooms to a
 * working zoom level, and pans with the mouse for two seconds, recording the time between
 * animation frames. Prints median and 95th-percentile frame times, the share of frames over
 * 50 ms, and each ratio to the 100-statement baseline of the same run. It asserts nothing.
 * Headless Chromium renders in software here, so absolute numbers are pessimistic.
 */
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { withPositions } from '../../core/sync';
import { startServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/server';
import { generateMap } from './generateMap';
// @ts-expect-error plain JS module shared with `npm start`
import { buildIfStale } from '../../scripts/buildIfStale.js';

interface Result { n: number; median: number; p95: number; slow: number; frames: number }

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main(): Promise<void> {
  buildIfStale();
  const base = mkdtempSync(join(tmpdir(), 'warrant-pan-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(base, 'data'), mapsDir: join(base, 'maps'), clientDir: join(ROOT, 'dist') });
  const browser = await launchBrowser();
  const results: Result[] = [];
  try {
    for (const n of [100, 1000]) {
      const map = withPositions(generateMap(n, { seed: 7 }));
      const { id } = await (await fetch(`${server.url}/api/maps`, { method: 'POST', body: JSON.stringify(map) })).json();
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(() => {
        localStorage.setItem('warrant:name', 'Bench');
        localStorage.setItem('warrant:name-asked', '1');
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/m/${id}`);
      await page.locator('.react-flow__node-statement').first().waitFor({ timeout: 60_000 });
      await page.locator('.react-flow__controls-fitview').click();
      await page.waitForTimeout(1000);
      if (process.env.PAN_HIDE) await page.addStyleTag({ content: `${process.env.PAN_HIDE} { display: none !important; }` });
      const pane = (await page.locator('.react-flow__pane').boundingBox())!;
      const cx = pane.x + pane.width / 2;
      const cy = pane.y + pane.height / 2;
      // Zoom in to a working level (about 0.6) around the centre, so many cards are on screen.
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
      await page.waitForTimeout(800);
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      await page.evaluate(`(() => {
        window.__frames = [];
        let last = performance.now();
        const tick = (t) => {
          window.__frames.push(t - last);
          last = t;
          if (window.__frames.length < 2000) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
      const cdp = process.env.PAN_PROFILE && n === 1000 ? await context.newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      const start = Date.now();
      for (let step = 0; Date.now() - start < 2000; step++) {
        const a = step / 20;
        await page.mouse.move(cx + Math.cos(a) * 300, cy + Math.sin(a) * 200);
      }
      await page.mouse.up();
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        const self = new Map<string, number>();
        for (const node of profile.nodes) {
          const k = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
          self.set(k, (self.get(k) ?? 0) + (node.hitCount ?? 0));
        }
        console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}\t${k}`).join('\n'));
      }
      const frames = ((await page.evaluate('window.__frames')) as number[]).slice(5);
      console.log(`n=${n}: ${await page.locator('.react-flow__node').count()} nodes and ${await page.locator('.react-flow__edge').count()} edges in the DOM`);
      results.push({ n, median: quantile(frames, 0.5), p95: quantile(frames, 0.95), slow: frames.filter((f) => f > 50).length / frames.length, frames: frames.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const base100 = results[0];
  console.log('| statements | frames | median ms | p95 ms | frames > 50 ms | median × 100-statement baseline | p95 × baseline |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.n} | ${r.frames} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${(100 * r.slow).toFixed(1)} % | ${(r.median / base100.median).toFixed(2)} | ${(r.p95 / base100.p95).toFixed(2)} |`);
  }
}

await main();
