import { inflateSync } from 'node:zlib';

/**
 * WOFF 1.0 → plain sfnt (TrueType/OpenType) bytes, as the W3C WOFF spec describes: the same
 * tables, each inflated when stored compressed, behind a regular table directory. resvg and
 * the PDF font embedder read sfnt, not WOFF.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = v.getUint32(4);
  const numTables = v.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => v.getUint32(at + o));
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
    return { tag, checksum, data };
  });
  let pow = 1;
  while (pow * 2 <= numTables) pow *= 2;
  const dirSize = 12 + 16 * numTables;
  const total = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), dirSize);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, pow * 16);
  w.setUint16(8, Math.log2(pow));
  w.setUint16(10, numTables * 16 - pow * 16);
  let offset = dirSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
