/** The GraphML `<key>`s Warrant writes; the importer finds them again by attr.name (or yfiles.type). */

export const KEY_PREFIX = 'w-';

type Key = { readonly name: string; readonly for: 'graph' | 'node' | 'edge'; readonly type: 'string' | 'boolean' | 'int' } | { readonly name: string; readonly for: 'node' | 'edge'; readonly yfiles: string };

export const GRAPH_KEYS: readonly Key[] = ['title', 'description', 'direction', 'sources', 'comments'].map((name) => ({ name, for: 'graph', type: 'string' }));

export const NODE_KEYS: readonly Key[] = [
  ...['role', 'text', 'kind', 'tags', 'anchors', 'color', 'polarity', 'label', 'scheme', 'answers'].map((name) => ({ name, for: 'node', type: 'string' }) as const),
  ...['placed', 'pinned', 'collapsed'].map((name) => ({ name, for: 'node', type: 'boolean' }) as const),
  { name: 'graphics', for: 'node', yfiles: 'nodegraphics' },
];

export const EDGE_KEYS: readonly Key[] = [
  { name: 'edge-role', for: 'edge', type: 'string' },
  { name: 'relation', for: 'edge', type: 'string' },
  { name: 'index', for: 'edge', type: 'int' },
  { name: 'edge-graphics', for: 'edge', yfiles: 'edgegraphics' },
];
