/**
 * A small, strict XML reader (enough for GraphML): elements, attributes, text, CDATA, comments,
 * processing instructions, the five named entities and numeric character references. A DOCTYPE
 * with its own declarations is refused (no entity expansion). Malformed input throws
 * ImportError naming the line:
 *   parseXml('<a x="1">b &amp; c</a>') → { name: 'a', attrs: { x: '1' }, children: ['b & c'], line: 1 }
 */
import { ImportError } from '../format';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
  readonly line: number;
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w:.\-\u00B7\u00C0-\uFFFF]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  let pos = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (at: number) => {
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (why: string, at = pos): never => {
    throw new ImportError(`line ${lineAt(at)}: ${why}`);
  };
  const decode = (raw: string, at: number) =>
    raw.replace(/&([^;&\s]*);?/g, (all, ref: string, offset: number) => {
      const where = at + offset;
      if (Object.hasOwn(ENTITIES, ref) && all.endsWith(';')) return ENTITIES[ref];
      if (!all.endsWith(';')) fail(`"&" must start an entity such as &amp;`, where);
      const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : ref.startsWith('#') ? parseInt(ref.slice(1), 10) : NaN;
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|\d+)$/.test(ref)) fail(`unknown entity &${ref};`, where);
      return String.fromCodePoint(code);
    });
  const skipTo = (end: string, what: string) => {
    const at = text.indexOf(end, pos);
    if (at === -1) fail(`${what} is never closed with ${end}`);
    const body = text.slice(pos, at);
    pos = at + end.length;
    return body;
  };
  const name = () => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) fail(`expected a name after "${text.slice(pos - 1, pos + 1)}"`);
    pos += m![0].length;
    return m![0];
  };
  const ws = () => {
    while (/\s/.test(text[pos] ?? '')) pos++;
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < text.length) {
    const start = pos;
    if (text[pos] !== '<') {
      const end = text.indexOf('<', pos);
      const raw = text.slice(pos, end === -1 ? text.length : end);
      pos += raw.length;
      if (!stack.length) {
        if (raw.trim()) fail('text outside the root element', start + raw.search(/\S/));
        continue;
      }
      stack.at(-1)!.children.push(decode(raw, start));
    } else if (text.startsWith('<!--', pos)) {
      pos += 4;
      if (skipTo('-->', 'a comment <!--').includes('--')) fail('"--" is not allowed inside a comment', start);
    } else if (text.startsWith('<![CDATA[', pos)) {
      pos += 9;
      const body = skipTo(']]>', 'a CDATA section');
      if (!stack.length) fail('CDATA outside the root element', start);
      stack.at(-1)!.children.push(body);
    } else if (text.startsWith('<?', pos)) {
      pos += 2;
      skipTo('?>', 'a processing instruction <?');
    } else if (text.startsWith('<!DOCTYPE', pos)) {
      if (root || stack.length) fail('a DOCTYPE must come before the root element');
      pos += 9;
      if (skipTo('>', 'the DOCTYPE').includes('[')) fail('DOCTYPE declarations are not supported', start);
    } else if (text[pos + 1] === '/') {
      pos += 2;
      const closing = name();
      ws();
      if (text[pos] !== '>') fail(`expected ">" to end </${closing}`);
      pos++;
      const open = stack.pop();
      if (!open) fail(`</${closing}> closes nothing`, start);
      if (open!.name !== closing) fail(`</${closing}> does not match <${open!.name}> opened on line ${open!.line}`, start);
    } else {
      pos++;
      const el: XmlElement = { name: name(), attrs: {}, children: [], line: lineAt(start) };
      const attrs = el.attrs as Record<string, string>;
      for (;;) {
        const before = pos;
        ws();
        if (text[pos] === '>' || text.startsWith('/>', pos)) break;
        if (pos === before) fail(`expected a space, ">" or "/>" in <${el.name}>`);
        const key = name();
        ws();
        if (text[pos] !== '=') fail(`attribute ${key} of <${el.name}> needs ="value"`);
        pos++;
        ws();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`the value of ${key} must be in quotes`);
        pos++;
        const valueAt = pos;
        const value = skipTo(quote, `the value of ${key}`);
        if (value.includes('<')) fail(`"<" is not allowed in the value of ${key}`, valueAt);
        if (key in attrs) fail(`attribute ${key} appears twice in <${el.name}>`, valueAt);
        attrs[key] = decode(value, valueAt).replace(/[\t\n\r]/g, ' ');
      }
      if (root && !stack.length) fail(`a second root element <${el.name}>`, start);
      if (stack.length) stack.at(-1)!.children.push(el);
      else root = el;
      if (text[pos] === '>') stack.push(el);
      pos += text[pos] === '>' ? 1 : 2;
    }
  }
  if (stack.length) fail(`<${stack.at(-1)!.name}> opened on line ${stack.at(-1)!.line} is never closed`);
  if (!root) fail('there is no XML element in this file');
  return root!;
}

/** The name without its namespace prefix (`y:NodeLabel` → `NodeLabel`). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Child elements, optionally only those with the given local name. */
export const childElements = (el: XmlElement, local?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || localName(c.name) === local));

/** All text inside an element, nested elements included. */
export const textContent = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
