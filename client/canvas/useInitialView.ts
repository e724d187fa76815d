import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { type ArgumentMap, getRelations } from '../../core/model';
import { READABLE_ZOOM } from './zoomLevels';
import { FIT_HIDDEN_TOO } from './domCards';

/** Frames to wait for React Flow to measure the first cards before fitting on estimates. */
const MEASURE_FRAMES = 90;
/** How long after opening a change of the canvas's size still re-fits the first view. */
const REFIT_MS = 5000;

/**
 * The first view of a map: the whole map when it is small enough to read, otherwise its
 * thesis and what directly bears on it, with card text readable (Fit view shows everything).
 * The fit uses the cards' drawn sizes: it first looks at the thesis (React Flow draws, and so
 * measures, only cards in view), waits until those cards are drawn and measured, then fits them.
 */
export function useInitialView(map: ArgumentMap, ready: boolean): void {
  const flow = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const thesis = map.statements.find((s) => s.kind === 'thesis');
    if (!thesis || map.statements.length <= 15) {
      requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1, ...FIT_HIDDEN_TOO }));
      return;
    }
    const near = new Set([thesis.id]);
    for (const inf of getRelations(map).into(thesis.id)) inf.premises.forEach((p) => near.add(p));
    const nodes = [...near].map((id) => ({ id }));
    let fitted = '';
    const fit = async () => {
      await flow.fitView({ nodes, padding: 0.04, minZoom: READABLE_ZOOM, maxZoom: 1, ...FIT_HIDDEN_TOO });
      fitted = JSON.stringify(flow.getViewport());
    };
    // A side panel that opens once the map has arrived narrows the canvas after the fit: fit
    // again, for a few seconds, unless the person has moved the view meanwhile.
    const el = document.querySelector('.react-flow');
    const observer = new ResizeObserver(() => {
      if (fitted && JSON.stringify(flow.getViewport()) === fitted) void fit();
    });
    if (el) observer.observe(el);
    setTimeout(() => observer.disconnect(), REFIT_MS);
    let frames = 0;
    // Cards carry estimated sizes until drawn; React Flow measures a card in the frame it is
    // first laid out, so one frame after all are drawn the fit uses their real sizes.
    // Cards the fit leaves out of view are never drawn: only those in view are waited for.
    const drawn = () => {
      const { x, y, zoom } = flow.getViewport();
      const area = { x: -x / zoom, y: -y / zoom, width: (el?.clientWidth ?? 0) / zoom, height: (el?.clientHeight ?? 0) / zoom };
      return nodes.every(({ id }) => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`) || !flow.isNodeIntersecting({ id }, area, true));
    };
    const wait = () => {
      // The person has moved the view meanwhile (Fit view, a pan): leave it.
      if (fitted && JSON.stringify(flow.getViewport()) !== fitted) return;
      if (drawn() || ++frames > MEASURE_FRAMES) return void requestAnimationFrame(() => void fit());
      requestAnimationFrame(wait);
    };
    requestAnimationFrame(() => {
      void fit();
      requestAnimationFrame(wait);
    });
  }, [ready, map, flow]);
}
