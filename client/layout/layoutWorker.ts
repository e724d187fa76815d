/// <reference lib="webworker" />
import { createLayoutCache, layoutMap } from '../../core/layout';
import type { ArgumentMap, LayoutDirection } from '../../core/model';

/** Runs full layouts off the main thread; the cache keeps unchanged parts of the map between runs. */
const cache = createLayoutCache();

export interface LayoutRequest {
  readonly id: number;
  readonly map: ArgumentMap;
  readonly direction: LayoutDirection;
}
export interface LayoutResponse {
  readonly id: number;
  readonly positions: Record<string, { x: number; y: number }>;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, map, direction } = e.data;
  const { boxes } = layoutMap(map, { direction, cache, thesisFirst: true });
  const positions: Record<string, { x: number; y: number }> = {};
  for (const s of map.statements) {
    const b = boxes.get(s.id);
    if (b) positions[s.id] = { x: Math.round(b.x), y: Math.round(b.y) };
  }
  (self as unknown as Worker).postMessage({ id, positions } satisfies LayoutResponse);
};
