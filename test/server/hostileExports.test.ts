import { spawnSync } from 'node:child_process';
import { marked } from 'marked';
import { afterEach, describe, expect, it } from 'vitest';
import { argdownImport } from '../../core/formats/argdown';
import { createEmptyMap, type ArgumentMap } from '../../core/model';
import { runArgdown } from '../fixtures/formats/argdownOracle';
import { createApi } from '../helpers/http';
import { makeDirs } from '../helpers/server';
import { createCleanups, startServerWith } from '../helpers/serverWith';
import { testInference, testStatement } from '../helpers/ids';

/** Oracles: the marked Markdown parser, Graphviz's dot, Warrant's own Argdown importer and @argdown/core. */
const cleanups = createCleanups();
afterEach(() => cleanups.run());

const PAYLOAD = '<img src=x onerror="alert(1)"> [click](javascript:alert(2)) <javascript:alert(3)> <script>alert(4)</script>';

/** What a participant with an edit link can put into a map, as the facilitator then exports it. */
function hostileMap(): ArgumentMap {
  const map = createEmptyMap('Workshop %%{init: {"theme": "dark"}}%% title');
  return {
    ...map,
    description: `Intro\n\n${PAYLOAD}`,
    statements: [
      testStatement({ id: 't', kind: 'thesis', text: `Thesis\u0000 with NUL\u0001 and a noncharacter \uFFFE\uFFFF here\n\n${PAYLOAD}`, tags: [`tag\n\n${PAYLOAD}\n\n`, 'nul\u0000tag'] }),
      testStatement({ id: 'r', text: `Reason %%{init: {"securityLevel": "loose"}}%% with ${PAYLOAD}` }),
    ],
    inferences: [testInference({ id: 'i', premises: ['r'], target: 't', polarity: 'support', label: `Label\u0000 ${PAYLOAD}` })],
  };
}

async function serverWithHostileMap() {
  const server = await startServerWith(makeDirs());
  cleanups.add(() => server.close());
  const api = createApi(server.url);
  const created = await api('POST', '/api/maps', hostileMap());
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const exportAs = async (format: string) => {
    const res = await fetch(`${server.url}/api/maps/${created.body.id}/export?format=${format}`);
    expect(res.status, format).toBe(200);
    return res.text();
  };
  return { exportAs };
}

describe('issue 12 item 14: exports of a map written by a hostile participant', () => {
  it('Markdown: no raw HTML, no javascript: link and no NUL reach a Markdown reader', async () => {
    const { exportAs } = await serverWithHostileMap();
    const md = await exportAs('markdown');
    expect(md).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    const html = await marked.parse(md, { async: true });
    expect(html).not.toMatch(/<(img|script)\b/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/<a\b/i);
    // The words are still there, as text.
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(html).toContain('Thesis with NUL and a noncharacter');
  });

  it('Argdown: Warrant re-imports its own export and @argdown/core reads it without errors', async () => {
    const { exportAs } = await serverWithHostileMap();
    const text = await exportAs('argdown');
    expect(text).not.toContain('\u0000');
    const back = argdownImport.import(text).map;
    expect(back.statements.map((s) => s.id).sort()).toEqual(['r', 't']);
    expect(back.statements.find((s) => s.id === 't')!.text).toMatch(/^Thesis with NUL and a noncharacter/);
    expect(back.inferences).toHaveLength(1);
    expect(runArgdown(text).errors).toEqual([]);
  });

  it.skipIf(spawnSync('dot', ['-V']).status !== 0)('DOT: Graphviz renders it without a warning (U+FFFE/U+FFFF and NUL left out)', async () => {
    const { exportAs } = await serverWithHostileMap();
    const dot = await exportAs('dot');
    const r = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Thesis');
    expect(r.stdout).toContain('noncharacter');
  });

  it('Mermaid: no %%{ directive survives in the text', async () => {
    const { exportAs } = await serverWithHostileMap();
    const chart = await exportAs('mermaid');
    // Mermaid reads a directive anywhere in the text as `%%{`; the browser oracle is in test/core/formats/mermaid.test.ts.
    expect(chart).not.toContain('%%{');
    expect(chart.split('\n')[0]).toMatch(/^%% Workshop %\{init/);
  });
});

describe('issue 12 item 14: javascript: source addresses are refused at the door', () => {
  it('refuses them in a new map, on the sources API, and keeps http(s) ones', async () => {
    const server = await startServerWith(makeDirs());
    cleanups.add(() => server.close());
    const api = createApi(server.url);
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'http:', '//evil.example']) {
      const map = { ...createEmptyMap('Sources'), sources: [{ id: 'src', title: 'Article', text: 'Text', url }] };
      const res = await api('POST', '/api/maps', map);
      expect(res.status, url).toBe(400);
      expect(res.body.error).toMatch(/sources\[0\]\.url: must be an http:\/\/ or https:\/\/ address/);
      expect((await api('POST', '/api/maps/small/sources', { title: 'Article', text: 'Text', url })).status, url).toBe(400);
    }
    expect((await api('GET', '/api/maps/small/sources')).body).toEqual([]);
    const ok = { ...createEmptyMap('Sources'), sources: [{ id: 'src', title: 'Article', text: 'Text', url: 'https://example.org/a' }] };
    expect((await api('POST', '/api/maps', ok)).status).toBe(201);
  });
});
