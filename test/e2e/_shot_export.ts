import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser';
import { ROOT, makeDirs, startTestServer } from '../helpers/server';

const SEED = 'csto-kazakhstan-2022';
const server = await startTestServer(makeDirs({ [SEED]: `maps/${SEED}.json` }), join(ROOT, 'dist'));
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
await context.addInitScript(() => { localStorage.setItem('warrant:name', 'Tester'); localStorage.setItem('warrant:name-asked', '1'); });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(`${server.url}/m/${SEED}`);
await page.locator('[data-statement-id="thesis"]').waitFor();
const tab = page.getByRole('tab', { name: 'Export' });
if (!(await tab.isVisible())) await page.getByRole('button', { name: 'Panels' }).click();
await tab.click();
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/exp/panel-svg.png' });
for (const f of (process.argv[2] ?? 'png,argdown').split(',')) {
  await page.getByLabel('Format').selectOption(f);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/exp/panel-${f}.png` });
}
await browser.close();
await server.close();
