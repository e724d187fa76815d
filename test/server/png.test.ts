import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../core/render';
import { getServerExportFormats, pngExport } from '../../server/render/formats';
import { exportPng } from '../../server/render/png';
import { richMap } from '../fixtures/render/cases';

/** These tests run real tools (browsers, LaTeX, Graphviz, resvg) on a shared machine. */
const SLOW = 120_000;

/** Reads a PNG's size and its top-left pixel (a figure's margin, so the background). */
function readPng(bytes: Uint8Array): { width: number; height: number; corner: number[] } {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  expect(header![8]).toBe(8); // bit depth
  expect(header![9]).toBe(6); // RGBA
  // Whatever the row filter, the first pixel of the first row is stored as is.
  const raw = inflateSync(Buffer.concat(idat));
  return { width: header!.readUInt32BE(0), height: header!.readUInt32BE(4), corner: [...raw.subarray(1, 5)] };
}

describe('PNG export', { timeout: SLOW }, () => {
  const scene = buildScene(richMap(), { legend: true });

  it.each([1, 2, 4])('at scale %i× is the figure size times the scale', (scale) => {
    const png = readPng(exportPng(richMap(), { legend: true, scale }));
    expect(png.width).toBe(Math.ceil(scene.width) * scale);
    expect(png.height).toBe(Math.ceil(scene.height) * scale);
  });

  it.each([
    ['white', [255, 255, 255, 255]],
    ['transparent', [0, 0, 0, 0]],
  ] as const)('has a %s background', (background, pixel) => {
    expect(readPng(exportPng(richMap(), { background })).corner).toEqual(pixel);
  });

  it('defaults to 1× on white and refuses other scales', () => {
    const png = readPng(exportPng(richMap()));
    expect([png.width, png.corner]).toEqual([Math.ceil(buildScene(richMap()).width), [255, 255, 255, 255]]);
    expect(() => exportPng(richMap(), { scale: 3 })).toThrow(/1, 2 or 4/);
  });

  it('describes itself like the core formats, for the CLI and the HTTP API', () => {
    expect(pngExport).toMatchObject({ id: 'png', extension: 'png', mimeType: 'image/png' });
  });
});

describe('server-side export formats', () => {
  it('are core’s registry plus PDF and PNG, each with a MIME type and a file extension', () => {
    const formats = getServerExportFormats();
    expect(formats.map((f) => f.id)).toEqual(expect.arrayContaining(['json', 'svg', 'pdf', 'tikz', 'dot', 'mermaid', 'markdown', 'png']));
    expect(new Set(formats.map((f) => f.id)).size).toBe(formats.length);
    for (const f of formats) expect(f).toMatchObject({ mimeType: expect.stringMatching(/^[a-z]+\/[\w.+-]+$/), extension: expect.stringMatching(/^[a-z]+$/) });
  });
});
