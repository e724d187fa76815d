import type { ArgumentMap, LayoutDirection } from '../../core/model';
import type { LayoutRequest, LayoutResponse } from './layoutWorker';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (positions: LayoutResponse['positions']) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      waiting.get(e.data.id)?.(e.data.positions);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** A full layout computed in a worker, so the canvas never freezes on a big map. */
export function layoutAsync(map: ArgumentMap, direction: LayoutDirection = map.direction): Promise<LayoutResponse['positions']> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    getWorker().postMessage({ id, map, direction } satisfies LayoutRequest);
  });
}
