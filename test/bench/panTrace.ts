/**
 * Where a pan frame's time goes: `npx tsx test/bench/panTrace.ts [size] [dist]` pans a generated map
 * as suites/client.ts does while Chromium records a trace, then prints, per thread, the trace
 * events that took the most time per frame (self time, nested events subtracted). A debugging aid
 * for the client pan figures, not a benchmark.
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { startMapServer } from './client/mapServer';
import { openMap, panFrames } from './client/pageMetrics';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string } }

const size = Number(process.argv[2] ?? 1000);
const served = await startMapServer({ clientDir: process.argv[3] && resolve(process.argv[3]) });
const browser = await launchBrowser();
try {
  // CSS=… adds a style sheet to the page, to try a rendering change without a build.
  const css = process.env.CSS ? `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(process.env.CSS)}; document.head.append(s); })` : undefined;
  const opened = await openMap(browser, await served.addMap(size), css);
  const cdp = await opened.page.context().newCDPSession(opened.page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  let frames: number[] = [];
  frames = await panFrames(opened.page, 2000, {
    steps: Number(process.env.STEPS ?? 60),
    start: async () => {
      if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,cc,viz,blink', transferMode: 'ReportEvents' });
    },
  });
  // PROFILE=1: JavaScript self time by function (name, file:line), from a sampling profile of the pan.
  if (process.env.PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
    });
    const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, t] of top) console.log(`  js ${(t / 1000 / frames.length).toFixed(3)} ms/frame ${k}`);
  }
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await opened.close();
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  // Self time: each complete event minus the complete events nested directly in it, per thread.
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) if (e.ph === 'X' && e.dur) (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)!).push(e);
  console.log(`${size} statements, ${frames.length} frames`);
  const parents = new Map<string, number>();
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<string, number>();
    const stack: { e: TraceEvent; child: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= until) {
        const top = stack.pop()!;
        // PARENTS=name counts what the named event ran inside, to find who asks for it.
        if (top.e.name === process.env.PARENTS) parents.set(stack.map((s) => s.e.name).slice(-3).join(' > '), (parents.get(stack.map((s) => s.e.name).slice(-3).join(' > ')) ?? 0) + top.e.dur!);
        self.set(top.e.name, (self.get(top.e.name) ?? 0) + top.e.dur! - top.child);
        if (stack.length) stack[stack.length - 1].child += top.e.dur!;
      }
    };
    for (const e of list) { close(e.ts); stack.push({ e, child: 0 }); }
    close(Infinity);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    if (total / 1000 / frames.length < 0.3) continue;
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.log(`${threads.get(key) ?? key}: ${(total / 1000 / frames.length).toFixed(2)} ms/frame — ${top.map(([n, t]) => `${n} ${(t / 1000 / frames.length).toFixed(2)}`).join(', ')}`);
  }
  for (const [p, t] of [...parents].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  in ${p}: ${(t / 1000 / frames.length).toFixed(2)} ms/frame`);
} finally {
  await browser.close();
  await served.server.close();
}
