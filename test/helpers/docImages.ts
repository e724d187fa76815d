import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './server';

/**
 * The README's screenshots are made by the e2e suite: with WARRANT_DOC_IMAGES=1 they are
 * written to docs/images/ (then checked in), otherwise to a temp folder so a run leaves the
 * tree clean.
 */
export async function saveDocImage(page: Page, name: string): Promise<string> {
  const dir = process.env.WARRANT_DOC_IMAGES === '1' ? join(ROOT, 'docs/images') : join(tmpdir(), 'warrant-doc-images');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
