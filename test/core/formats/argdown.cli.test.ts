import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../core/model';
import { signature } from '../../fixtures/formats/signature';

const bin = new URL('../../../bin/warrant.js', import.meta.url).pathname;
const fixture = (name: string) => new URL(`../../fixtures/formats/${name}`, import.meta.url).pathname;
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('warrant import (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warrant-import-'));

  it('converts an Argdown file to a valid map on stdout, notes on stderr, exit 0', async () => {
    const r = await run('import', fixture('street-trees.argdown'));
    expect(r.code).toBe(0);
    const map = parseMap(r.stdout);
    expect(map.title).toBe('Street trees for hotter summers');
    expect(map.statements.length).toBe(13);
    expect(r.stderr).toBe('note: 1 relation of a statement to itself skipped\n');
  });

  it('recognises an AIF .json file by its shape and writes -o', async () => {
    const out = join(dir, 'aif.json');
    const r = await run('import', fixture('aifdb-sample.json'), '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('note: skipped 5 dialogue nodes (L, YA, TA)\n');
    expect(r.stderr).toContain(`${out}: 8 statements, 5 inferences`);
    expect(parseMap(readFileSync(out, 'utf8')).inferences).toHaveLength(5);
  });

  it('reads a GraphML export back with --from', async () => {
    const graphml = join(dir, 'map.data');
    const exported = await run('export', fixture('rich-map.json'), '--format', 'graphml', '-o', graphml);
    expect(exported.code).toBe(0);
    const r = await run('import', graphml, '--from', 'graphml');
    expect(r.code).toBe(0);
    expect(signature(parseMap(r.stdout))).toEqual(signature(parseMap(readFileSync(fixture('rich-map.json'), 'utf8'))));
  });

  it.each([
    ['broken Argdown', 'bad.argdown', '[A]: a\n\n(1) [B]: b\n----\n', /^warrant import: .*bad\.argdown: line 4: an inference line must be followed by its numbered conclusion\n$/],
    ['a dangling AIF edge', 'bad.json', '{"nodes":[{"nodeID":"1","type":"I","text":"A"}],"edges":[{"edgeID":"9","fromID":"1","toID":"2"}]}', /^warrant import: .*bad\.json: edge 9 points to node 2, which is not in the file\n$/],
    ['an unknown --from', 'x.argdown', '[A]: a\n', /^warrant import: unknown input format "dot" \(one of: json, argdown, aif, graphml\)\n$/],
  ])('%s: one-line reason, non-zero exit', async (_, name, text, message) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = await run('import', file, ...(name === 'x.argdown' ? ['--from', 'dot'] : []));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
