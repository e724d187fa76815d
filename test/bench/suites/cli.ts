import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/server';
import { interleave } from '../lib/interleave';
import type { Figure } from '../lib/record';
import { median } from '../lib/stats';
import type { BenchSuite } from '../lib/suite';
// @ts-expect-error plain JS module shared with bin/warrant.js
import { buildServerIfStale } from '../../../scripts/buildServer.js';

/**
 * `warrant export` of the seeded map to SVG, whole process wall time (start-up included), against
 * Graphviz `dot -Tsvg` of the same map's DOT export, interleaved. Also: the same through npx, and
 * through tsx on the TypeScript sources (how the CLI started before it was compiled).
 */

const SEED = 'maps/csto-kazakhstan-2022.json';
const out = mkdtempSync(join(tmpdir(), 'warrant-bench-cli-'));

function wall(cmd: string, args: string[]): number {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const exportArgs = ['export', SEED, '--format', 'svg', '-o', join(out, 'seed.svg')];
const TSX_CLI = "import('tsx/esm/api').then(async ({ register }) => { register(); const { main } = await import('./server/cli/main.ts'); process.exitCode = await main(process.argv.slice(1)); })";

export const suite: BenchSuite = {
  name: 'cli',
  async run(): Promise<Figure[]> {
    await buildServerIfStale();
    const dot = join(out, 'seed.dot');
    execFileSync(process.execPath, ['bin/warrant.js', 'export', SEED, '--format', 'dot', '-o', dot], { cwd: ROOT });
    wall(process.execPath, ['bin/warrant.js', ...exportArgs]); // warm the file cache
    const rounds = 9;
    const node = await interleave(rounds, () => wall(process.execPath, ['bin/warrant.js', ...exportArgs]), () => wall('dot', ['-Tsvg', '-o', join(out, 'dot.svg'), dot]));
    const npx = await interleave(3, () => wall('npx', ['--no-install', 'warrant', ...exportArgs]), () => wall(process.execPath, ['bin/warrant.js', ...exportArgs]));
    const tsx = await interleave(3, () => wall(process.execPath, ['--input-type=module', '-e', TSX_CLI, ...exportArgs]), () => wall(process.execPath, ['bin/warrant.js', ...exportArgs]));
    const spread = (xs: number[]) => [Math.min(...xs), Math.max(...xs)] as const;
    const bare = median(await Promise.all([1, 2, 3].map(() => wall(process.execPath, ['-e', '0']))));
    console.error(`  node bin/warrant.js: ${node.subject.map((x) => x.toFixed(0)).join(', ')} ms; dot: ${node.baseline.map((x) => x.toFixed(0)).join(', ')} ms; bare node start: ${bare.toFixed(0)} ms`);
    return [
      { name: 'cli.export.svg', value: median(node.subject), unit: 'ms', baseline: 'dot -Tsvg of the DOT export', baselineValue: median(node.baseline), n: rounds, spread: spread(node.subject), note: `node bin/warrant.js, whole process; target under 500 ms; a bare \`node -e 0\` took ${bare.toFixed(0)} ms in this run` },
      { name: 'cli.export.svg.npx', value: median(npx.subject), unit: 'ms', baseline: 'node bin/warrant.js', baselineValue: median(npx.baseline), n: 3, spread: spread(npx.subject) },
      { name: 'cli.export.svg.tsx', value: median(tsx.subject), unit: 'ms', baseline: 'node bin/warrant.js', baselineValue: median(tsx.baseline), n: 3, spread: spread(tsx.subject), note: 'the TypeScript sources through tsx, as the CLI ran before it was compiled' },
    ];
  },
};
