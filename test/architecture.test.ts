import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/server';

/** Every .ts/.tsx file under a folder. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(cand).isFile()) return cand;
    } catch {}
  }
  return undefined;
}

const all = ['core', 'client', 'server'].flatMap((d) => files(join(ROOT, d)));
const area = (f: string) => relative(ROOT, f).split('/')[0];

describe('architecture', () => {
  it('keeps dependency directions: core imports only core; client and server never import each other', () => {
    const bad: string[] = [];
    for (const f of all) {
      for (const spec of importsOf(f)) {
        const target = resolveLocal(f, spec);
        const from = area(f);
        if (from === 'core') {
          if (target && area(target) !== 'core') bad.push(`${relative(ROOT, f)} → ${spec}`);
          if (!target && (spec.startsWith('node:') || /^(react|react-dom|@xyflow|zustand|ws|better-sqlite3)/.test(spec))) bad.push(`${relative(ROOT, f)} → ${spec}`);
        }
        if (target && from === 'client' && area(target) === 'server') bad.push(`${relative(ROOT, f)} → ${spec}`);
        if (target && from === 'server' && area(target) === 'client') bad.push(`${relative(ROOT, f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('declares no classes in core but its three error types (docs/architecture.md says why)', () => {
    const errors = ['EvaluationError', 'FigureOptionError', 'ImportError'];
    const found = all.filter((f) => area(f) === 'core').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^\s*(?:export\s+)?(?:abstract\s+)?class\s+(\w+)(\s+extends\s+Error)?/gm)]
        .filter((m) => !(errors.includes(m[1]) && m[2]))
        .map((m) => `${relative(ROOT, f)}: class ${m[1]}`));
    expect(found).toEqual([]);
  });

  it('has no circular imports', () => {
    const graph = new Map(all.map((f) => [f, importsOf(f).map((s) => resolveLocal(f, s)).filter((x): x is string => !!x)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (f: string, stack: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].map((x) => relative(ROOT, x)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const d of graph.get(f) ?? []) visit(d, [...stack, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
