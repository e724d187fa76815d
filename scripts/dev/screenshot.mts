// Dev aid: a screenshot of a page of a running Warrant server, as a returning participant.
// Usage: npx tsx scripts/dev/screenshot.mts <url> <out.png> [width] [height]
import { launchBrowser } from '../../test/helpers/browser';

const [url, out, w, h] = process.argv.slice(2);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: Number(w ?? 1400), height: Number(h ?? 900) } });
await context.addInitScript(() => {
  localStorage.setItem('warrant:name', 'Reviewer');
  localStorage.setItem('warrant:name-asked', '1');
});
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
await browser.close();
