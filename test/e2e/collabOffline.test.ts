import { describe, expect, it } from 'vitest';
import { addStatement, emptySpot } from '../helpers/canvas';
import { waitForMap } from '../helpers/person';
import { useStage } from '../helpers/stage';
import { ADA, BEN } from './collabHelpers';

const stage = useStage({ seeds: { offline: 'test/fixtures/smallMap.json' }, viewport: { width: 1300, height: 820 } });
const texts = async () => (await stage.saved('offline')).statements.map((s) => s.text);

describe('offline and reconnect', () => {
  it('keeps working offline, survives a reload without network, and merges on reconnect', { timeout: 90_000 }, async () => {
    const a = await stage.arrive('/m/offline', ADA);
    const b = await stage.arrive('/m/offline', BEN);
    await waitForMap(a.page, 't');
    await waitForMap(b.page, 't');
    // The offline shell (service worker) controls the page once it is installed.
    await a.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    const status = a.page.locator('.sync-status');

    // A real network cut: the browser goes offline; the open socket is closed at once.
    await a.context.setOffline(true);
    await expect.poll(() => status.getAttribute('data-status')).toBe('offline');
    await addStatement(a.page, 'Written while offline');
    await expect.poll(() => status.textContent()).toBe('Offline · unsynced changes');
    expect(Number(await a.page.evaluate(() => localStorage.getItem('warrant:unsynced:offline')))).toBeGreaterThan(0);
    // Meanwhile B edits too: once the server has B's statement, it has had every chance to get
    // A's, and did not.
    await addStatement(b.page, 'Written online by Ben', await emptySpot(b.page, 0.3, 0.85));
    await expect.poll(texts).toContain('Written online by Ben');
    expect(await texts()).not.toContain('Written while offline');
    expect(await b.page.getByText('Written while offline').count()).toBe(0);

    // Reload without network: the app shell comes from the service worker, the map from IndexedDB.
    await a.page.reload();
    await a.page.locator('[data-statement-id="t"]').waitFor();
    await a.page.getByText('Written while offline').waitFor();
    expect(await status.textContent()).toBe('Offline · unsynced changes');
    expect(await a.page.getByText('Written online by Ben').count()).toBe(0);

    // When A is back, both edits are everywhere.
    await a.context.setOffline(false);
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('connected');
    await a.page.getByText('Written online by Ben').waitFor();
    await b.page.getByText('Written while offline').waitFor();
    // The server confirmed A's offline edit (the probe after the resync was answered): nothing is
    // left unsynced, not even in the count kept for reloads.
    await expect.poll(() => status.textContent()).toBe('Connected');
    await expect.poll(() => a.page.evaluate(() => localStorage.getItem('warrant:unsynced:offline'))).toBeNull();
    expect(await texts()).toEqual(expect.arrayContaining(['Written while offline', 'Written online by Ben']));
  });
});
