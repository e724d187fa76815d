import type { ComponentGraph, ComponentLayout, LayeredSpacing } from './layered';

/**
 * Laid-out components kept between layouts, keyed by a hash of a component's nodes,
 * sizes and edges (and the spacing): editing one argument lays out only its own
 * connected part again. Least recently used entries go first once `maxEntries` is reached.
 */
export interface LayoutCache {
  get(key: string): ComponentLayout | undefined;
  set(key: string, layout: ComponentLayout): void;
  clear(): void;
  readonly size: number;
  /** Lookups answered from the cache, and those that were not. */
  readonly hits: number;
  readonly misses: number;
}

/** A cache to pass to layoutMap between layouts of the same (changing) map. */
export function createLayoutCache(maxEntries = 500): LayoutCache {
  const entries = new Map<string, ComponentLayout>();
  let hits = 0;
  let misses = 0;
  return {
    get(key) {
      const found = entries.get(key);
      if (!found) {
        misses++;
        return undefined;
      }
      hits++;
      entries.delete(key);
      entries.set(key, found);
      return found;
    },
    set(key, layout) {
      entries.delete(key);
      entries.set(key, layout);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

/** Two independent 32-bit multiplicative hash lanes: a 64-bit key, collisions negligible. */
function createHasher() {
  let a = 0x2545f491;
  let b = 0x9e3779b9;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const word = (k: number): void => {
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul((b ^ k) + 0x7f4a7c15, 0x85ebca6b);
    b ^= b >>> 13;
  };
  return {
    text(s: string): void {
      word(s.length | 0x40000000);
      for (let i = 0; i < s.length; i++) word(s.charCodeAt(i));
    },
    number(x: number): void {
      f64[0] = x;
      word(u32[0]);
      word(u32[1]);
    },
    digest(): string {
      const fin = (h: number, m: number): number => {
        h = Math.imul(h ^ (h >>> 16), m);
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
        return (h ^ (h >>> 16)) >>> 0;
      };
      return fin(a, 0x85ebca6b).toString(16).padStart(8, '0') + fin(b, 0x27d4eb2f).toString(16).padStart(8, '0');
    },
  };
}

/** The cache key of a component: equal keys mean an identical layout. */
export function componentKey(c: ComponentGraph, spacing: LayeredSpacing): string {
  const h = createHasher();
  h.number(spacing.nodeGap);
  h.number(spacing.edgeGap);
  h.number(spacing.layerGap);
  for (let i = 0; i < c.ids.length; i++) {
    h.text(c.ids[i]);
    h.number(c.breadth[i]);
    h.number(c.depth[i]);
  }
  for (let e = 0; e < c.from.length; e++) {
    h.number(c.from[e]);
    h.number(c.to[e]);
  }
  return `${c.ids.length}:${c.from.length}:${h.digest()}`;
}
