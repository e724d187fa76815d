/**
 * Panning, two client builds side by side: `npx tsx test/bench/panAB.ts <baseline dist> [sizes…]`
 * (the subject is this checkout's dist/, built if stale, or SUBJECT_DIST). Each round opens the same generated map
 * in both builds, alternating which goes first, and pans it as suites/client.ts does. Besides
 * frame times it counts work, which a loaded machine does not blur: main-thread script, style
 * and layout time per frame (CDP Performance metrics), React components rendered per pan step
 * (a devtools hook counts fibers that did work; names need a build with `--minify false`),
 * DOM mutations during the pan and elements on the canvas.
 *
 * Build a baseline: `git archive <commit> | tar -x -C /tmp/base && ln -s $PWD/node_modules
 * /tmp/base/ && (cd /tmp/base && NODE_ENV=production npx vite build --outDir /tmp/dist-base)`.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startMapServer } from './client/mapServer';
import { openMap, panFrames, slowShare } from './client/pageMetrics';
import { median, quantile } from './lib/stats';

/** Counts function components that rendered, by name, while window.__counting is set. */
const RENDER_HOOK = `(() => {
  const counts = {};
  let commits = 0;
  const name = (t) => t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && (t.render.displayName || t.render.name))) || '?';
  const isComponent = (f) => f.tag === 0 || f.tag === 1 || f.tag === 11 || f.tag === 15;
  const visit = (next, prev) => {
    if (isComponent(next) && (!prev || (next.flags & 1))) {
      const n = name(next.type);
      counts[n] = (counts[n] || 0) + 1;
      // Which hooks changed, for one component named in WATCH (a debugging aid).
      if (prev && n === window.__watch) {
        let i = 0;
        for (let a = next.memoizedState, b = prev.memoizedState; a && b; a = a.next, b = b.next, i++) {
          const effectOrMemo = (v) => v && typeof v === 'object' && ('tag' in v || (Array.isArray(v) && v.length === 2));
          if (a.memoizedState !== b.memoizedState && !effectOrMemo(a.memoizedState)) {
            const v = a.memoizedState;
            const k = 'hook ' + i + ' ' + (v && typeof v === 'object' ? (v.constructor && v.constructor.name) + ' ' + Object.keys(v).slice(0, 4).join('/') : typeof v);
            counts[k] = (counts[k] || 0) + 1;
          }
        }
        if (next.memoizedProps !== prev.memoizedProps) counts['props ' + n] = (counts['props ' + n] || 0) + 1;
      }
    }
    if (prev && next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) visit(c, prev ? c.alternate : null);
  };
  window.__renders = () => ({ commits, counts });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {}, onScheduleFiberRoot() {},
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (!window.__counting) return;
      commits++;
      visit(root.current, root.current.alternate);
    },
  };
})()`;

interface Sample {
  openMs: number;
  frames: number[];
  zoom: number;
  perFrame: { script: number; style: number; layout: number; task: number };
  mutations: number;
  steps: number;
  renders: { commits: number; counts: Record<string, number> };
  elements: number;
  nodes: number;
  edges: number;
}

async function session(browser: Browser, url: string): Promise<Sample> {
  const opened = await openMap(browser, url, RENDER_HOOK);
  const { page } = opened;
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(`(() => {
      window.__mutations = 0;
      new MutationObserver((list) => { for (const m of list) window.__mutations += m.type === 'childList' ? m.addedNodes.length + m.removedNodes.length : 1; })
        .observe(document.querySelector('.react-flow'), { childList: true, subtree: true, attributes: true, characterData: true });
    })()`);
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    let before: Record<string, number> = {};
    const frames = await panFrames(page, 2000, {
      steps: Number(process.env.STEPS ?? 60),
      async start() {
        await page.evaluate(`window.__mutations = 0; window.__counting = true; window.__watch = ${JSON.stringify(process.env.WATCH ?? '')}`);
        before = await metric();
      },
    });
    const after = await metric();
    const zoom = Number(await page.evaluate(`document.querySelector('.react-flow__viewport').style.transform.match(/scale\\(([^)]+)\\)/)[1]`));
    const per = (k: string) => ((after[k] - before[k]) * 1000) / frames.length;
    const out: Sample = {
      openMs: opened.openMs,
      frames,
      zoom,
      perFrame: { script: per('ScriptDuration'), style: per('RecalcStyleDuration'), layout: per('LayoutDuration'), task: per('TaskDuration') },
      mutations: Number(await page.evaluate('window.__mutations')),
      steps: Number(await page.evaluate('window.__panSteps')),
      renders: (await page.evaluate('window.__renders ? window.__renders() : { commits: 0, counts: {} }')) as Sample['renders'],
      elements: Number(await page.evaluate(`document.querySelectorAll('.react-flow *').length`)),
      nodes: await page.locator('.react-flow__node').count(),
      edges: await page.locator('.react-flow__edge').count(),
    };
    return out;
  } finally {
    await opened.close();
  }
}

const [baseDir, ...rest] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: tsx test/bench/panAB.ts <baseline dist folder> [sizes…] (ROUNDS=n)');
const sizes = rest.map(Number).filter((n) => n > 0);
const rounds = Number(process.env.ROUNDS ?? 2);
const subject = await startMapServer({ clientDir: process.env.SUBJECT_DIST && resolve(process.env.SUBJECT_DIST) });
const baseline = await startMapServer({ clientDir: resolve(baseDir) });
const browser = await launchBrowser();
try {
  for (const n of sizes.length ? sizes : [1000]) {
    const urls = { subject: await subject.addMap(n), baseline: await baseline.addMap(n) };
    const runs = { subject: [] as Sample[], baseline: [] as Sample[] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
      for (const side of order) runs[side].push(await session(browser, urls[side]));
    }
    console.log(`\n## ${n} statements, ${rounds} rounds`);
    console.log('| build | open ms (median) | zoom | frames | median | p95 | > 20 ms | > 50 ms | script/frame | style/frame | layout/frame | task/frame | renders/step | commits/step | DOM mutations/step | elements | nodes/edges |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const side of ['baseline', 'subject'] as const) {
      const s = runs[side];
      const frames = s.flatMap((x) => x.frames);
      const avg = (f: (x: Sample) => number) => s.reduce((a, x) => a + f(x), 0) / s.length;
      const steps = avg((x) => x.steps);
      const renders = avg((x) => Object.values(x.renders.counts).reduce((a, b) => a + b, 0));
      console.log(`| ${side} | ${median(s.map((x) => x.openMs)).toFixed(0)} | ${avg((x) => x.zoom).toFixed(2)} | ${frames.length} | ${median(frames).toFixed(1)} | ${quantile(frames, 0.95).toFixed(1)} | ${slowShare(frames, 20).toFixed(1)} % | ${slowShare(frames).toFixed(1)} % | ${avg((x) => x.perFrame.script).toFixed(2)} | ${avg((x) => x.perFrame.style).toFixed(2)} | ${avg((x) => x.perFrame.layout).toFixed(2)} | ${avg((x) => x.perFrame.task).toFixed(2)} | ${(renders / steps).toFixed(1)} | ${(avg((x) => x.renders.commits) / steps).toFixed(2)} | ${(avg((x) => x.mutations) / steps).toFixed(1)} | ${avg((x) => x.elements).toFixed(0)} | ${avg((x) => x.nodes).toFixed(0)}/${avg((x) => x.edges).toFixed(0)} |`);
    }
    for (const side of ['baseline', 'subject'] as const) {
      const counts: Record<string, number> = {};
      for (const x of runs[side]) for (const [k, v] of Object.entries(x.renders.counts)) counts[k] = (counts[k] ?? 0) + v / runs[side].length;
      const steps = runs[side].reduce((a, x) => a + x.steps, 0) / runs[side].length;
      const top = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12));
      console.log(`${side} renders per pan step: ${top.map(([k, v]) => `${k} ${(v / steps).toFixed(1)}`).join(', ')}`);
      const watched = Object.entries(counts).filter(([k]) => k.startsWith('hook ') || k.startsWith('props '));
      if (watched.length) console.log(`  ${process.env.WATCH} changed, per pan step: ${watched.map(([k, v]) => `${k} ${(v / steps).toFixed(2)}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  await subject.server.close();
  await baseline.server.close();
}
