/**
 * Writing Argdown text safely: escaping free text, tags and `{…}` data.
 *
 * Argdown gives meaning to many characters inside ordinary text (`#tag`, `[Title]`, `<Title>`,
 * `*emphasis*`, `{data}`, `// comment`, `.shortcode.`, `===`), so every such character in a
 * statement's text is written with a backslash; the parser drops the backslash again:
 *   escapeText('Costs [est.] rise #fast')  →  'Costs \[est.\] rise \#fast'
 */

const ALWAYS = '\\#*_[]<>{}';
// Argdown reads `.name.` and `:name:` as shortcodes (`:smile:` becomes an emoji).
const SHORTCODE = /^([.:])[^\s]+?\1/;

/** NUL and other control characters: Argdown readers (Warrant's too) take text holding them for binary data. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text without NUL and other control characters (line breaks and tabs stay). */
export const withoutControls = (text: string): string => text.replace(CONTROLS, '');

/** Text as Argdown can hold it: one line, no control characters, no spaces at either end. */
export const flatten = (text: string): string => text.replace(CONTROLS, '').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

/** Free text as Argdown text: flattened, every meaningful character escaped (`extra` adds more). */
export function escapeText(text: string, extra = ''): string {
  const flat = flatten(text);
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i];
    const next = flat[i + 1];
    const escape =
      ALWAYS.includes(c) ||
      extra.includes(c) ||
      (c === '/' && (next === '/' || next === '*')) ||
      (c === '=' && (next === '=' || flat[i - 1] === '=')) ||
      ((c === '.' || c === ':') && SHORTCODE.test(flat.slice(i)));
    out += escape ? `\\${c}` : c;
  }
  return out;
}

// The characters Argdown accepts in a bare `#tag` (it also takes `#(any text)`).
const BARE_TAG = /^[A-Za-z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/;

/** A tag as `#tag` or `#(tag text)`, or undefined when Argdown cannot hold it (then it goes into data). */
export function formatTag(tag: string): string | undefined {
  if (BARE_TAG.test(tag)) return `#${tag}`;
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(tag)) return undefined; // kept in data, escaped
  if (tag.trim() === tag && tag !== '' && !/[)\r\n\u2028\u2029]/.test(tag)) return `#(${tag})`;
  return undefined;
}

/** A YAML double-quoted string that cannot end Argdown's `{…}` data token early. */
export function quote(value: string): string {
  return JSON.stringify(value).replace(/[{}\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isFields = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as YAML flow text that cannot end Argdown's `{…}` data token early (braces only as escapes inside strings). */
export function flowValue(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  if (isFields(v)) return `{${Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => `${quote(k)}: ${flowValue(x)}`).join(', ')}}`;
  return JSON.stringify(v ?? null);
}

/** `{key: "value", list: ["a", "b"]}` for the given entries, or '' when there are none. */
export function formatData(entries: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${flowValue(v)}`);
  return parts.length ? `{${parts.join(', ')}}` : '';
}
