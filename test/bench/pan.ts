/**
 * Panning only: `npm run bench:pan` (or `npm run bench:pan -- 1000 3000`). Opens generated maps
 * in headless Chromium with the production client and prints frame times while panning, each
 * size after the 100-statement baseline; PAN_PROFILE=1 also prints the busiest functions of the
 * page's main thread while panning the largest map. The headline figures are in suites/client.ts.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startMapServer } from './client/mapServer';
import { openMap, panFrames, slowShare } from './client/pageMetrics';
import { median, quantile } from './lib/stats';

async function profiled(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  const frames = await panFrames(page);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const k = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (node.hitCount ?? 0));
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v}\t${k}`).join('\n'));
  // Inclusive samples per function (a function's own and its callees'), for where the time goes.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    const t = (n.hitCount ?? 0) + (n.children ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  sum(profile.nodes[0].id);
  const inclusive = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    inclusive.set(k, Math.max(inclusive.get(k) ?? 0, total.get(n.id) ?? 0));
  }
  console.log('--- inclusive');
  console.log([...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v}\t${k}`).join('\n'));
  return frames;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const { server, addMap } = await startMapServer();
const browser = await launchBrowser();
try {
  console.log('| statements | frames | median ms | p95 ms | p99 ms | frames > 50 ms | DOM nodes / edges |');
  console.log('|---|---|---|---|---|---|---|');
  const all = [100, ...(sizes.length ? sizes : [1000])];
  for (const n of all) {
    const opened = await openMap(browser, await addMap(n));
    const frames = process.env.PAN_PROFILE && n === all.at(-1) ? await profiled(opened.page) : await panFrames(opened.page);
    const dom = `${await opened.page.locator('.react-flow__node').count()} / ${await opened.page.locator('.react-flow__edge').count()}`;
    console.log(`| ${n} | ${frames.length} | ${median(frames).toFixed(1)} | ${quantile(frames, 0.95).toFixed(1)} | ${quantile(frames, 0.99).toFixed(1)} | ${slowShare(frames).toFixed(1)} % | ${dom} |`);
    await opened.close();
  }
} finally {
  await browser.close();
  await server.close();
}
