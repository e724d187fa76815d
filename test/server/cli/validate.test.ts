import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../helpers/server';

const warrant = (...args: string[]) => spawnSync('node', [join(ROOT, 'bin/warrant.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('warrant validate', () => {
  it('accepts the seeded map', () => {
    const r = warrant('validate', 'maps/csto-kazakhstan-2022.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid \(\d+ statements/);
  });

  it('names the field and the reason, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warrant-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schema: 'warrant-map', version: 1, title: 't', statements: [{ id: 'a', text: 'x', kind: 'rant' }] }));
    const r = warrant('validate', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/statements\[0\]\.kind: must be one of/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a missing file and unknown commands', () => {
    expect(warrant('validate', '/nonexistent.json').stderr).toMatch(/no such file/);
    expect(warrant('frobnicate').status).toBe(2);
    expect(execFileSync('node', [join(ROOT, 'bin/warrant.js'), '--help'], { encoding: 'utf8' })).toMatch(/validate/);
  });
});
