import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import type { RunningServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';
import { arriveFresh, nameCard } from '../helpers/person';
import { buildMap, createMapOn, fetchMap } from './mapFixture';
import { saveDocImage } from '../helpers/docImages';
import { testInference } from '../helpers/ids';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer(makeDirs({}), join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

/** A small map: a thesis, two reasons, an objection, and one linked pair of premises (a junction). */
function directionMap() {
  const map = buildMap('Direction', [
    ['t', 'Cities should tax cars entering the centre', 'thesis'],
    ['a', 'Congestion costs everyone time'],
    ['b', 'Shops in the centre would lose customers'],
    ['c', 'A charge cut traffic by a fifth in Stockholm', 'evidence'],
    ['d', 'Fewer cars make streets safer'],
    ['e', 'Most crashes in the centre involve cars'],
  ], [['a', 't', 'support'], ['b', 't', 'attack'], ['c', 'a', 'support']]);
  return { ...map, inferences: [...map.inferences, testInference({ id: 'linked', premises: ['d', 'e'], target: 't', polarity: 'support' })] };
}

interface Point { x: number; y: number }
interface Rect { left: number; top: number; right: number; bottom: number }

/**
 * Every drawn edge's first and last point (in screen pixels), next to the screen rectangle of
 * the handle it should leave from: the premise's source handle (edge ids say which node:
 * `<inference>:<premise>` runs from the premise, `<inference>:out` from the junction).
 */
function edgeEnds(page: Page) {
  return page.evaluate(() => {
    const rectOf = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const handle = (nodeId: string, type: 'source' | 'target') =>
      rectOf(document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"] .react-flow__handle.${type}`));
    return [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].map((path) => {
      const edge = path.closest('.react-flow__edge')!;
      const id = edge.getAttribute('data-id')!;
      const [inference, from] = id.split(':');
      const sourceNode = from === 'out' ? `inference:${inference}` : from;
      const matrix = path.getScreenCTM()!;
      const toScreen = (p: DOMPoint) => {
        const s = p.matrixTransform(matrix);
        return { x: s.x, y: s.y };
      };
      return {
        id,
        sourceNode,
        start: toScreen(path.getPointAtLength(0)),
        end: toScreen(path.getPointAtLength(path.getTotalLength())),
        sourceHandle: handle(sourceNode, 'source'),
      };
    });
  });
}

const near = (p: Point, r: Rect | null, slack = 2) =>
  !!r && p.x >= r.left - slack && p.x <= r.right + slack && p.y >= r.top - slack && p.y <= r.bottom + slack;

describe('switching the layout direction, as a person does', () => {
  it('Top-down ⇄ Left-right: every edge leaves and reaches its handles at once, without a reload', async () => {
    const id = await createMapOn(server.url, directionMap());
    const { context, page } = await arriveFresh(browser, `${server.url}/m/${id}`);
    contexts.push(context);
    await page.locator('[data-statement-id="t"]').waitFor();
    // The name question answered with Not now, so it covers nothing in the README picture.
    await page.getByRole('button', { name: 'Not now' }).click();
    await nameCard(page).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(6);
    const targetOf: Record<string, string> = { 'i1:a': 't', 'i2:b': 't', 'i3:c': 'a', 'linked:d': 'inference:linked', 'linked:e': 'inference:linked', 'linked:out': 't' };

    const check = async () => {
      const ends = await edgeEnds(page);
      expect(ends.map((e) => e.id).sort()).toEqual(Object.keys(targetOf).sort());
      const targets = await page.evaluate((pairs) => pairs.map(([edge, node]) => {
        const r = document.querySelector(`.react-flow__node[data-id="${CSS.escape(node)}"] .react-flow__handle.target`)?.getBoundingClientRect();
        return [edge, r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null] as const;
      }), Object.entries(targetOf));
      const targetRect = new Map(targets);
      return ends.filter((e) => !near(e.start, e.sourceHandle) || !near(e.end, targetRect.get(e.id) ?? null))
        .map((e) => `${e.id}: starts at ${Math.round(e.start.x)},${Math.round(e.start.y)}, ends at ${Math.round(e.end.x)},${Math.round(e.end.y)}`);
    };
    // The person sees it drawn top-down first, edges on their handles.
    expect(await check()).toEqual([]);
    const yOf = async (node: string) => (await page.locator(`[data-statement-id="${node}"]`).boundingBox())!;
    const before = await yOf('a');

    await page.getByRole('button', { name: 'Top-down' }).click();
    await page.getByRole('button', { name: 'Left-right' }).waitFor();
    await expect.poll(async () => (await fetchMap(server.url, id)).direction).toBe('LR');
    // Wait until the cards have moved to their left-right places, then look at the edges.
    await expect.poll(async () => (await yOf('a')).x !== before.x || (await yOf('a')).y !== before.y).toBe(true);
    await expect.poll(check, { timeout: 5_000 }).toEqual([]);
    const handleSide = await page.locator('.react-flow__node[data-id="t"] .react-flow__handle.target').getAttribute('data-handlepos');
    expect(handleSide).toBe('right');
    await saveDocImage(page, 'left-right');

    await page.getByRole('button', { name: 'Left-right' }).click();
    await page.getByRole('button', { name: 'Top-down' }).waitFor();
    await expect.poll(async () => (await fetchMap(server.url, id)).direction).toBe('TB');
    await expect.poll(check, { timeout: 5_000 }).toEqual([]);
  });
});
