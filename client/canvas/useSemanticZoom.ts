import { type RefObject, useEffect, useMemo } from 'react';
import { useStore } from '@xyflow/react';
import type { ArgumentMap, Position } from '../../core/model';
import { CARD_WIDTH, type LabelCandidate, chooseLabels, estimateStatementSize, getLabelRanks, getShortLabel } from '../../core/layout';
import { LABEL_ZOOM } from './zoomLevels';

/** Label type size on screen, in pixels, whatever the zoom: large next to 13 px card text. */
export const LABEL_SCREEN_PX = 15;
/** Average advance of a bold character, in ems (DejaVu Sans Bold is wide). */
const CHAR_EM = 0.66;

/** The zoom, in steps of about 6 %, or 0 while cards are readable (no labels). */
const labelBucket = (zoom: number) => (zoom >= LABEL_ZOOM ? 0 : 2 ** (Math.round(Math.log2(zoom) * 12) / 12));

/** The label's box on screen, centred on the card, as the stylesheet draws it (.statement-label). */
function labelBox(id: string, text: string, p: Position, zoom: number, rank: number): LabelCandidate {
  const width = (getShortLabel(text).length * CHAR_EM + 0.6) * LABEL_SCREEN_PX;
  const height = 1.25 * LABEL_SCREEN_PX;
  const cx = (p.x + CARD_WIDTH / 2) * zoom;
  const cy = (p.y + estimateStatementSize(text).height / 2) * zoom;
  return { id, x: cx - width / 2, y: cy - height / 2, width, height, rank };
}

/**
 * Semantic zoom: below LABEL_ZOOM the canvas is marked data-labels="on" (cards hide their
 * text) and gets --label-px, the label size in flow pixels that shows LABEL_SCREEN_PX on
 * screen; returns the cards whose label shows (where labels would collide, the one nearer the
 * thesis wins, and a selected card before all, core/layout/labels.ts). Recomputed only when the
 * zoom moves by a step.
 */
export function useSemanticZoom(
  map: ArgumentMap,
  positions: ReadonlyMap<string, Position>,
  hidden: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  canvas: RefObject<HTMLElement | null>,
): ReadonlySet<string> {
  const zoom = useStore((s) => labelBucket(s.transform[2]));
  const ranks = useMemo(() => getLabelRanks(map), [map]);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    el.setAttribute('data-labels', zoom > 0 ? 'on' : 'off');
    if (zoom > 0) el.style.setProperty('--label-px', `${(LABEL_SCREEN_PX / zoom).toFixed(1)}px`);
  }, [zoom, canvas]);
  return useMemo(() => {
    if (zoom === 0) return new Set<string>();
    const candidates: LabelCandidate[] = [];
    for (const s of map.statements) {
      const p = positions.get(s.id);
      if (!p || hidden.has(s.id)) continue;
      candidates.push(labelBox(s.id, s.text, p, zoom, selected.has(s.id) ? -1 : ranks.get(s.id)!));
    }
    return chooseLabels(candidates, 6);
  }, [zoom, map, positions, hidden, selected, ranks]);
}
