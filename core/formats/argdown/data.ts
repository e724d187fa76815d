/**
 * The `{…}` data of Argdown elements, read with the YAML reader Argdown itself uses (js-yaml), in
 * Argdown's two forms:
 *   readData('{kind: thesis, tags: ["a b", c]}')      → { data: { kind: 'thesis', tags: ['a b', 'c'] } }   flow format
 *   readData('{\n  sources:\n    - Zarathustra\n}')  → { data: { sources: ['Zarathustra'] } }           block format
 * A line break right after `{` switches to block format: the braces are then not part of the YAML.
 * Entries separated by `;` instead of `,` (which YAML, and so Argdown, cannot read) are read as if
 * separated by `,`, and the reading says so in a note. Throws Error with a short reason otherwise.
 */
import { YAMLException, load } from 'js-yaml';

const BLOCK_START = /^\{[ \t]*\n/;

export interface DataReading {
  readonly data: Record<string, unknown>;
  /** Set when the data was read leniently (entries separated by `;`). */
  readonly note?: string;
}

/** `;` outside quoted strings → `,`. */
function semicolonsAsCommas(src: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quote === '"' && c === '\\') {
      out += c + (src[++i] ?? '');
      continue;
    }
    if (quote && c === quote) quote = undefined;
    else if (!quote && (c === '"' || c === "'")) quote = c;
    out += !quote && c === ';' ? ',' : c;
  }
  return out;
}

function loadYaml(yaml: string, offset: number): unknown {
  try {
    return load(yaml);
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const at = e.mark ? ` at character ${offset + e.mark.position + 1} of the data` : '';
    throw new Error(`${e.reason || 'not YAML'}${at}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Reads one `{…}` data element (flow or block format). */
export function readData(src: string): DataReading {
  if (!src.startsWith('{')) throw new Error('expected { at character 1 of the data');
  const block = BLOCK_START.exec(src);
  let data: unknown;
  let note: string | undefined;
  if (block) data = loadYaml(src.slice(block[0].length).replace(/\}\s*$/, ''), block[0].length) ?? {};
  else {
    try {
      data = loadYaml(src, 0);
    } catch (e) {
      const lenient = src.includes(';') ? semicolonsAsCommas(src) : src;
      if (lenient === src) throw e;
      try {
        data = load(lenient);
      } catch {
        throw e;
      }
      note = 'entries separated by ; (read as if separated by ,)';
    }
  }
  if (!isRecord(data)) throw new Error('the data must be "key: value" entries');
  return { data, ...(note && { note }) };
}

/** The data of one `{…}` element; see readData. */
export const parseData = (src: string): Record<string, unknown> => readData(src).data;
