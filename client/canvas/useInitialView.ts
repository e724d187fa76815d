import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { ArgumentMap } from '../../core/model';

/**
 * The first view of a map: the whole map when it is small enough to read, otherwise its
 * thesis and what directly bears on it, at a readable zoom (Fit view shows everything).
 */
export function useInitialView(map: ArgumentMap, ready: boolean): void {
  const flow = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const thesis = map.statements.find((s) => s.kind === 'thesis');
    const run = () => {
      if (!thesis || map.statements.length <= 15) return void flow.fitView({ padding: 0.15, maxZoom: 1 });
      const near = new Set([thesis.id]);
      for (const inf of map.inferences) if (inf.target === thesis.id) inf.premises.forEach((p) => near.add(p));
      void flow.fitView({ nodes: [...near].map((id) => ({ id })), padding: 0.1, minZoom: 0.5, maxZoom: 1 });
    };
    requestAnimationFrame(() => requestAnimationFrame(run));
  }, [ready, map, flow]);
}
