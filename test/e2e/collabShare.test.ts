import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { type ArgumentMap, createStatement } from '../../core/model';
import { applyOps } from '../../core/sync';
import { type RunningServer, startServer } from '../../server/app';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs } from '../helpers/server';
import { connectClient, synced } from '../helpers/yclient';
import { ADA, BEN, emptySpot, openAs, waitForMap } from './collabHelpers';

let server: RunningServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  // With AUTH_SECRET set, every map needs a share link; the facilitator holds the admin token.
  server = await startServer({
    port: 0, host: '127.0.0.1', ...makeDirs({ shared: 'test/fixtures/smallMap.json' }),
    clientDir: join(ROOT, 'dist'), authSecret: 'collab-test-secret-0123456789',
  });
  admin = server.adminToken!;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const saved = async () => (await (await fetch(`${server.url}/api/maps/shared`, { headers: { authorization: `Bearer ${admin}` } })).json()) as ArgumentMap;

describe('share links', () => {
  it('gives a view-only link that cannot change the map, and revokes it', { timeout: 90_000 }, async () => {
    const facilitator = await openAs(browser, `${server.url}/m/shared?token=${admin}`, ADA);
    await waitForMap(facilitator.page, 't');
    await facilitator.page.locator('.collab-button', { hasText: 'Share' }).click();
    const panel = facilitator.page.locator('.share-panel');
    await panel.getByLabel('People with the link').selectOption('view');
    await panel.getByRole('button', { name: 'Create link' }).click();
    const field = panel.getByLabel('Can view link');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/m/shared\\?token=`));

    const viewer = await openAs(browser, url, BEN);
    await waitForMap(viewer.page, 't');
    const page = viewer.page;
    await page.getByRole('status').filter({ hasText: 'View only' }).waitFor();
    expect(await page.getByRole('button', { name: '+ Statement' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete' }).isDisabled()).toBe(true);
    // Double-clicks and shortcuts change nothing.
    await page.locator('[data-statement-id="r1"]').dblclick();
    const spot = await emptySpot(page);
    await page.mouse.dblclick(spot.x, spot.y);
    await page.locator('[data-statement-id="t"]').click();
    await page.keyboard.press('r');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(300);
    expect(await page.getByLabel('Statement text').count()).toBe(0);
    expect(await page.locator('.react-flow__node-statement').count()).toBe(3);
    // The viewer still takes part: the facilitator sees Ben.
    await expect.poll(() => facilitator.page.locator('.avatar[data-peer="Ben"]').count()).toBe(1);

    // The server is what enforces it: a client that ignores the UI has its writes dropped.
    const token = new URL(url).searchParams.get('token')!;
    const rogue = connectClient(server.url, 'shared', { token });
    await synced(rogue.provider);
    applyOps(rogue.doc, [{ type: 'addStatement', statement: createStatement({ id: 'sneaky', text: 'Written with a view link' }) }], 'rogue');
    await new Promise((r) => setTimeout(r, 500));
    expect((await saved()).statements.map((s) => s.id)).not.toContain('sneaky');
    expect(await facilitator.page.locator('[data-statement-id="sneaky"]').count()).toBe(0);
    rogue.provider.destroy();

    // Revoked: the viewer is disconnected and told why.
    const link = panel.locator('.share-link', { hasText: 'Can view' });
    await link.getByRole('button', { name: 'Revoke…' }).click();
    await link.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByRole('heading', { name: 'Map not available' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/revoked/);
    await facilitator.context.close();
    await viewer.context.close();
  });
});
