import { beforeAll, describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../core/model';

import { applyOps } from '../../core/sync';
import { emptySpot } from '../helpers/canvas';
import { clickAndType, waitForMap } from '../helpers/person';
import { syncKind, syncStep1 } from '../helpers/rawPeer';
import { useStage } from '../helpers/stage';
import { connectClient, synced } from '../helpers/yclient';
import { ADA, BEN } from './collabHelpers';
import { testStatement } from '../helpers/ids';

// With AUTH_SECRET set, every map needs a share link; the facilitator holds the admin token.
const stage = useStage({ seeds: { shared: 'test/fixtures/smallMap.json' }, server: { authSecret: 'collab-test-secret-0123456789' }, viewport: { width: 1300, height: 820 } });
let admin: string;
beforeAll(() => {
  admin = stage.server.adminToken!;
});

const saved = async () => (await (await fetch(stage.url('/api/maps/shared'), { headers: { authorization: `Bearer ${admin}` } })).json()) as ArgumentMap;

describe('share links', () => {
  it('gives a view-only link that cannot change the map, and revokes it', { timeout: 90_000 }, async () => {
    const facilitator = await stage.arrive(`/m/shared?token=${admin}`, ADA);
    await waitForMap(facilitator.page, 't');
    await facilitator.page.locator('.collab-button', { hasText: 'Share' }).click();
    const panel = facilitator.page.locator('.share-panel');
    await panel.getByLabel('People with the link').selectOption('view');
    await panel.getByRole('button', { name: 'Create link' }).click();
    const field = panel.getByLabel('Can view link');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${stage.url()}/m/shared\\?token=`));

    const viewer = await stage.arrive(url, BEN);
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
    // Then ? (allowed to a viewer): once the help shows, the keys and clicks before it were handled.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Statement text').count()).toBe(0);
    expect(await page.locator('.react-flow__node-statement').count()).toBe(3);
    // The viewer still takes part: the facilitator sees Ben.
    await expect.poll(() => facilitator.page.locator('.avatar[data-peer="Ben"]').count()).toBe(1);

    // The server is what enforces it: a client that ignores the UI has its writes dropped.
    const token = new URL(url).searchParams.get('token')!;
    const rogue = connectClient(stage.url(), 'shared', { token });
    await synced(rogue.provider);
    applyOps(rogue.doc, [{ type: 'addStatement', statement: testStatement({ id: 'sneaky', text: 'Written with a view link' }) }], 'rogue');
    // The server handles a socket's messages in order: once it answers a sync request sent after
    // the write, the write has been dealt with.
    const ws = rogue.provider.ws!;
    const answered = new Promise<void>((resolve) => ws.addEventListener('message', (e: MessageEvent) => syncKind(new Uint8Array(e.data)) === 1 && resolve()));
    ws.send(syncStep1());
    await answered;
    expect((await saved()).statements.map((s) => s.id)).not.toContain('sneaky');
    expect(await facilitator.page.locator('[data-statement-id="sneaky"]').count()).toBe(0);
    rogue.provider.destroy();

    // Revoked: the viewer is disconnected and told why.
    const link = panel.locator('.share-link', { hasText: 'Can view' });
    await link.getByRole('button', { name: 'Revoke…' }).click();
    await link.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByRole('heading', { name: 'Map not available' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/revoked/);
  });

  it('gives a comment link that lets a participant comment, reply and resolve their own thread, not the facilitator’s', { timeout: 90_000 }, async () => {
    const facilitator = await stage.arrive(`/m/shared?token=${admin}`, ADA);
    await waitForMap(facilitator.page, 't');
    await facilitator.page.getByRole('button', { name: 'Panels' }).click();
    await facilitator.page.locator('[data-statement-id="r1"]').click();
    await clickAndType(facilitator.page, facilitator.page.getByLabel('New comment'), 'Please cite the study.', 'the New comment field');
    await facilitator.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(async () => (await saved()).comments.map((c) => c.text)).toEqual(['Please cite the study.']);

    const { token } = await (await fetch(stage.url('/api/maps/shared/links'), {
      method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ role: 'comment' }),
    })).json() as { token: string };
    const { page } = await stage.arrive(`/m/shared?token=${token}`, BEN);
    await waitForMap(page, 'r1');
    await page.getByRole('button', { name: 'Panels' }).click();
    await page.locator('[data-statement-id="r1"]').click();
    const theirs = page.locator('li.comment', { hasText: 'Please cite the study.' });
    await theirs.waitFor();
    // The facilitator's thread can be answered, not resolved, by a comment link.
    expect(await theirs.getByRole('button', { name: 'Resolve' }).count()).toBe(0);
    await clickAndType(page, theirs.getByLabel('Reply'), 'Which one?', 'the Reply field');
    await page.keyboard.press('Enter');
    await clickAndType(page, page.getByLabel('New comment'), 'The figures look old.', 'the New comment field');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.locator('li.comment', { hasText: 'The figures look old.' }).getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(async () => (await saved()).comments.map((c) => [c.text, c.resolved ?? false]).sort()).toEqual([
      ['Please cite the study.', false], ['The figures look old.', true], ['Which one?', false],
    ]);
    const m = await saved();
    const owners = new Set(m.comments.filter((c) => c.text !== 'Please cite the study.').map((c) => c.owner));
    expect(owners.size).toBe(1);
    expect(owners).not.toContain(m.comments.find((c) => c.text === 'Please cite the study.')!.owner);
    expect(await page.getByRole('alert').count()).toBe(0);
    // The facilitator (an edit link) may still resolve anyone's thread.
    await facilitator.page.locator('li.comment', { hasText: 'The figures look old.' }).getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(async () => (await saved()).comments.filter((c) => c.text === 'The figures look old.').map((c) => c.resolved ?? false)).toEqual([false]);
  });
});
