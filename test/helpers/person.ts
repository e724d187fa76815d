import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

/**
 * Acting as a person in the browser: a fresh context with empty storage (as a participant
 * arriving from a link), and typing through the keyboard into whatever has the caret. These
 * never focus or fill a field for the person: if the caret is not where a person would expect
 * it after their gesture, the test fails and says where it is instead.
 */

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Who a participant says they are: the name they type, and the colour they pick (optional). */
export interface Who {
  readonly name: string;
  readonly color?: string;
}

/** What a browser context may differ in besides its (empty) storage. */
export type ArriveOptions = Pick<BrowserContextOptions, 'acceptDownloads' | 'hasTouch' | 'isMobile'> & {
  readonly viewport?: { width: number; height: number };
  readonly permissions?: readonly string[];
};

/** A new browser context with empty storage: a first visit. */
export async function arriveFresh(browser: Browser, url: string, viewport = { width: 1280, height: 800 }, options: Omit<ArriveOptions, 'viewport'> = {}): Promise<Person> {
  const { permissions, ...contextOptions } = options;
  const context = await browser.newContext({ viewport, ...contextOptions });
  if (permissions?.length) await context.grantPermissions([...permissions]);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url);
  return { context, page };
}

/** The text box of the statement being edited. */
export const statementBox = (page: Page): Locator => page.getByLabel('Statement text');

/** The name card: shown by itself on a first visit, or opened from one's avatar. */
export const nameCard = (page: Page): Locator => page.getByRole('form', { name: 'Your name and colour' });

/** One's own avatar in the toolbar (opens the name card). */
export const ownAvatar = (page: Page): Locator => page.getByRole('button', { name: /your name and colour$/i });

/** Describes the focused element, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (the page body)';
    const label = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.id;
    const cls = typeof el.className === 'string' && el.className ? ` class="${el.className}"` : '';
    return `<${el.tagName.toLowerCase()}${label ? ` “${label}”` : ''}${cls}>`;
  });
}

/** True when `field` (or, for an editor like CodeMirror, an element inside it) has the keyboard. */
const holdsFocus = (field: Locator): Promise<boolean> => field.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Fails (with where the caret is instead) unless `field` is the focused element right now. */
export async function expectCaretIn(page: Page, field: Locator, what: string): Promise<void> {
  await field.waitFor({ state: 'visible' });
  if (!(await holdsFocus(field))) throw new Error(`Expected the caret in ${what}, but the keyboard focus is on ${await describeFocus(page)}: a person's typing would go nowhere.`);
}

/**
 * Waits (up to `timeout` ms) for the caret to reach `field` after a gesture that should put it
 * there, then fails as expectCaretIn does.
 */
export async function waitForCaretIn(page: Page, field: Locator, what: string, timeout = 5000): Promise<void> {
  await retry(() => expectCaretIn(page, field, what), timeout);
}

/**
 * Types as a person: the caret must already be in `field` (put there by the person's gesture,
 * not by the test), then every character goes through page.keyboard.
 */
export async function typeAsPerson(page: Page, text: string, field = statementBox(page), what = 'the statement’s text box', delay?: number): Promise<void> {
  await expectCaretIn(page, field, what);
  await page.keyboard.type(text, delay ? { delay } : undefined);
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

/**
 * Clicks a field, selects what it holds with Ctrl+A (as a person replacing a value does) and
 * types the new value.
 */
export async function replaceText(page: Page, field: Locator, text: string, what = 'the field just clicked'): Promise<void> {
  await field.click();
  await expectCaretIn(page, field, what);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/**
 * Waits until the person could see the map: the canvas (or a given statement) is drawn and the
 * socket is synced.
 */
export async function waitForMap(page: Page, statementId?: string): Promise<void> {
  await page.locator(statementId ? `[data-statement-id="${statementId}"]` : '.react-flow__pane').first().waitFor();
  await page.locator('.sync-status[data-status="connected"]').waitFor();
}

/**
 * Says who one is, as a person does: types the name into the first-visit name card if it is
 * showing, otherwise opens the card from one's avatar; picks the colour if given; saves with
 * Enter. Resolves once the avatar shows the name.
 */
export async function introduceMyself(page: Page, who: Who): Promise<void> {
  const card = nameCard(page);
  const field = card.getByLabel('Name');
  if (await card.isVisible()) {
    await field.click();
  } else {
    await ownAvatar(page).click();
    // Opened on purpose, the card takes the keyboard: the person types straight away.
    await waitForCaretIn(page, field, 'the name card’s Name field (opened from the avatar)');
  }
  await page.keyboard.press('ControlOrMeta+a');
  await typeAsPerson(page, who.name, field, 'the name card’s Name field');
  if (who.color) await card.getByRole('radio', { name: who.color }).click();
  await card.getByRole('button', { name: 'Save' }).click();
  await card.waitFor({ state: 'detached' });
  await page.waitForFunction((name) => document.querySelector('.avatar.self')?.getAttribute('title')?.startsWith(`${name} (you)`), who.name);
}

/** Retries `check` (which throws while not yet true) every 50 ms until it passes or `timeout` ms have gone. */
async function retry(check: () => Promise<void>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A fresh participant on `url` who, once the map is there, types their name as a person would (when given). */
export async function arriveAs(browser: Browser, url: string, who?: Who, options: ArriveOptions = {}): Promise<Person> {
  const { viewport, ...rest } = options;
  const person = await arriveFresh(browser, url, viewport, rest);
  if (who) {
    await waitForMap(person.page);
    await introduceMyself(person.page, who);
  }
  return person;
}
