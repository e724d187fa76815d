import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * Acting as a person in the browser: a fresh context with empty storage (as a participant
 * arriving from a link), and typing through the keyboard into whatever has the caret. These
 * never focus or fill a field for the person: if the caret is not where a person would expect
 * it after their gesture, the test fails and says where it is instead.
 */

/** A new browser context with empty storage: a first visit. */
export async function arriveFresh(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url);
  return { context, page };
}

/** The text box of the statement being edited. */
export const statementBox = (page: Page): Locator => page.getByLabel('Statement text');

/** Describes the focused element, for failure messages. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (the page body)';
    const label = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.id;
    return `<${el.tagName.toLowerCase()}${label ? ` “${label}”` : ''}${el.className ? ` class="${el.className}"` : ''}>`;
  });
}

/** Fails (with where the caret is instead) unless `field` is the focused element right now. */
export async function expectCaretIn(page: Page, field: Locator, what: string): Promise<void> {
  await field.waitFor({ state: 'visible' });
  const focused = await field.evaluate((el) => el === document.activeElement);
  if (!focused) throw new Error(`Expected the caret in ${what}, but the keyboard focus is on ${await describeFocus(page)}: a person's typing would go nowhere.`);
}

/**
 * Types as a person: the caret must already be in `field` (put there by the person's gesture,
 * not by the test), then every character goes through page.keyboard.
 */
export async function typeAsPerson(page: Page, text: string, field = statementBox(page), what = 'the statement’s text box'): Promise<void> {
  await expectCaretIn(page, field, what);
  await page.keyboard.type(text);
}

/** Types a statement's text into the open text box and commits it with Enter. */
export async function typeStatement(page: Page, text: string): Promise<void> {
  await typeAsPerson(page, text);
  await page.keyboard.press('Enter');
  await statementBox(page).waitFor({ state: 'detached' });
}

/** Clicks a form field (the person's gesture) and types into it. */
export async function clickAndType(page: Page, field: Locator, text: string, what = 'the field just clicked'): Promise<void> {
  await field.click();
  await typeAsPerson(page, text, field, what);
}
