import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../helpers/server';
import type { Figure } from '../lib/record';
import type { BenchSuite } from '../lib/suite';
// @ts-expect-error plain JS module shared with `npm start`
import { buildIfStale } from '../../../scripts/buildIfStale.js';

/**
 * JavaScript a first visit downloads (gzipped): index.html's entry script and every module it
 * imports statically, followed transitively through the built files themselves; lazy chunks
 * (panels, parsers, figure renderers) and workers are left out. Baseline: all the built JS.
 */

const dist = join(ROOT, 'dist');
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** Static imports of a built chunk: `import … from "./x.js"` and bare `import "./x.js"`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]);
  return found.map((rel) => join('assets', rel.slice(2)));
}

export function firstScreenFiles(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)![1];
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return [...seen];
}

export const suite: BenchSuite = {
  name: 'bundle',
  async run(): Promise<Figure[]> {
    buildIfStale();
    const first = firstScreenFiles();
    const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => join('assets', f));
    const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
    console.error(`  first screen: ${first.length} of ${all.length} JS files`);
    return [{ name: 'client.js.gzip', value: sum(first), unit: 'KB', baseline: 'all built JS (gzip)', baselineValue: sum(all), n: first.length, note: 'target: first screen under 350 KB gzipped' }];
  },
};
