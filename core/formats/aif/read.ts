/**
 * Reading AIF JSON at the boundary: plain AIFdb files `{nodes, edges, locutions}` and OVA files
 * that wrap them as `{"AIF": {…}, "text": …, "OVA": {…}}`. Ids may be numbers or strings. Every
 * edge must join two known nodes, and chains of scheme nodes (S → S) must not loop.
 */
import { ImportError } from '../format';

export interface AifGraph {
  /** `warrant`: the node's Warrant fields (./warrantFields.ts), unchecked. */
  readonly nodes: ReadonlyMap<string, { readonly type: string; readonly text: string; readonly scheme?: string; readonly warrant?: unknown }>;
  readonly edges: readonly { readonly id: string; readonly from: string; readonly to: string }[];
  readonly wrapped: boolean;
  /** The file's own Warrant fields (title, sources, comments…), unchecked. */
  readonly warrant?: unknown;
}

export const MAX_AIF_CHARS = 20_000_000;
export const SCHEME_TYPES = new Set(['RA', 'CA', 'MA', 'PA']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

function parseJson(text: string): unknown {
  if (text.length > MAX_AIF_CHARS) throw new ImportError(`the AIF file is ${text.length} characters long, more than the limit of ${MAX_AIF_CHARS}`);
  if (text.includes('\0')) throw new ImportError('this is binary data, not an AIF JSON file');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(`not valid JSON (${(e as Error).message})`);
  }
}

export function readAif(text: string): AifGraph {
  const value = parseJson(text);
  const wrapped = isObj(value) && isObj(value.AIF);
  const root = wrapped ? (value as Obj).AIF : value;
  if (!isObj(root) || !Array.isArray(root.nodes)) throw new ImportError('not an AIF file: there is no "nodes" list (nor an OVA "AIF" object holding one)');
  if (root.edges !== undefined && !Array.isArray(root.edges)) throw new ImportError('"edges" must be a list');
  const nodes = new Map<string, { type: string; text: string; scheme?: string; warrant?: unknown }>();
  root.nodes.forEach((n, i) => {
    const id = isObj(n) ? idOf(n.nodeID) : undefined;
    if (!isObj(n) || id === undefined) throw new ImportError(`node ${i + 1} has no nodeID`);
    if (typeof n.type !== 'string') throw new ImportError(`node ${id} has no type (I, RA, CA, MA, PA, L, YA or TA)`);
    if (nodes.has(id)) throw new ImportError(`node id ${id} is used twice`);
    const scheme = typeof n.scheme === 'string' && n.scheme ? n.scheme : undefined;
    nodes.set(id, { type: n.type.toUpperCase(), text: typeof n.text === 'string' ? n.text : n.text == null ? '' : String(n.text), ...(scheme && { scheme }), ...(n.warrant !== undefined && { warrant: n.warrant }) });
  });
  const edges = ((root.edges ?? []) as unknown[]).map((e, i) => {
    if (!isObj(e)) throw new ImportError(`edge ${i + 1} is not an object`);
    const id = idOf(e.edgeID) ?? `#${i + 1}`;
    const from = idOf(e.fromID);
    const to = idOf(e.toID);
    if (from === undefined || to === undefined) throw new ImportError(`edge ${id} needs both fromID and toID`);
    for (const end of [from, to]) if (!nodes.has(end)) throw new ImportError(`edge ${id} points to node ${end}, which is not in the file`);
    return { id, from, to };
  });
  checkSchemeCycles(nodes, edges);
  return { nodes, edges, wrapped, ...(root.warrant !== undefined && { warrant: root.warrant }) };
}

/** Throws when scheme nodes point at each other in a loop (then no inference could be built first). */
function checkSchemeCycles(nodes: AifGraph['nodes'], edges: AifGraph['edges']): void {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!SCHEME_TYPES.has(nodes.get(e.from)!.type) || !SCHEME_TYPES.has(nodes.get(e.to)!.type)) continue;
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
  }
  const state = new Map<string, 'open' | 'done'>();
  // Depth-first, with an explicit stack so long chains cannot overflow the call stack.
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 'open');
    while (path.length) {
      const top = path.at(-1)!;
      const n = next.get(top.id)?.[top.i++];
      if (n === undefined) {
        state.set(top.id, 'done');
        path.pop();
      } else if (state.get(n) === 'open') {
        const loop = [...path.slice(path.findIndex((p) => p.id === n)).map((p) => p.id), n];
        throw new ImportError(`the scheme nodes ${loop.join(' → ')} form a cycle`);
      } else if (!state.has(n)) {
        state.set(n, 'open');
        path.push({ id: n, i: 0 });
      }
    }
  }
}
