/**
 * The `{key: value}` data of Argdown elements: a YAML flow mapping. This reads the subset people
 * write by hand and the exporter writes:
 *   parseData('{kind: thesis, tags: ["a b", c], weight: 2}') → { kind: 'thesis', tags: ['a b', 'c'], weight: 2 }
 * Throws Error with a short reason on anything else.
 */

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '0': '\0', e: '\x1b', ' ': ' ' };

export function parseData(src: string): Record<string, unknown> {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at character ${i + 1} of the data`);
  };
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const hex = (n: number) => {
    const h = src.slice(i, i + n);
    if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) fail('bad escape');
    i += n;
    return String.fromCharCode(parseInt(h, 16));
  };
  const doubleQuoted = (): string => {
    let out = '';
    for (i++; src[i] !== '"'; i++) {
      if (i >= src.length) fail('unclosed "');
      if (src[i] !== '\\') {
        out += src[i];
        continue;
      }
      const c = src[++i];
      if (c === 'u' || c === 'x') {
        i++;
        out += hex(c === 'u' ? 4 : 2);
        i--;
      }
      else if (c in ESCAPES) out += ESCAPES[c];
      else fail(`unknown escape \\${c ?? ''}`);
    }
    i++;
    return out;
  };
  const singleQuoted = (): string => {
    let out = '';
    for (i++; ; i++) {
      if (i >= src.length) fail("unclosed '");
      if (src[i] === "'" && src[i + 1] === "'") {
        out += "'";
        i++;
      }
      else if (src[i] === "'") break;
      else out += src[i];
    }
    i++;
    return out;
  };
  const plain = (stop: RegExp): string => {
    const start = i;
    while (i < src.length && !stop.test(src[i])) i++;
    return src.slice(start, i).trim();
  };
  const scalar = (text: string): unknown => {
    if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
    if (/^(null|~)?$/.test(text)) return null;
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
    return text;
  };
  const list = <T>(close: string, item: () => T): T[] => {
    const out: T[] = [];
    i++;
    for (ws(); src[i] !== close; ws()) {
      if (i >= src.length) fail(`missing ${close}`);
      out.push(item());
      ws();
      if (src[i] === ',') i++;
      else if (src[i] !== close) fail(`expected , or ${close}`);
    }
    i++;
    return out;
  };
  const value = (): unknown => {
    ws();
    const c = src[i];
    if (c === '{') return Object.fromEntries(list('}', pair));
    if (c === '[') return list(']', value);
    if (c === '"') return doubleQuoted();
    if (c === "'") return singleQuoted();
    return scalar(plain(/[,\]}]/));
  };
  const pair = (): [string, unknown] => {
    const key = src[i] === '"' ? doubleQuoted() : src[i] === "'" ? singleQuoted() : plain(/[:,}]/);
    ws();
    if (src[i] !== ':') fail(`expected : after "${key}"`);
    i++;
    return [key, value()];
  };
  ws();
  if (src[i] !== '{') fail('expected {');
  const result = value() as Record<string, unknown>;
  ws();
  if (i < src.length) fail('unexpected text after }');
  return result;
}
