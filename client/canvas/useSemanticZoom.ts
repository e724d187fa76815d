import { type RefObject, useEffect, useMemo } from 'react';
import { useStore } from '@xyflow/react';
import type { ArgumentMap, Position } from '../../core/model';
import { CARD_WIDTH, estimateStatementSize, getLabelLines, getLabelRanks, getLabelSpots, getShortLabel, placeLabels } from '../../core/layout';
import type { LabelPlace } from './labelled';
import { LABEL_ZOOM } from './zoomLevels';

/** Label type size on screen, in pixels, whatever the zoom: large next to 13 px card text at this zoom. */
export const LABEL_SCREEN_PX = 14;
/** Average advance of a bold character, in ems (DejaVu Sans Bold is wide). */
const CHAR_EM = 0.66;
/** Line height and padding of a label, in ems, as the stylesheet draws it (.statement-label). */
const LINE_EM = 1.15;
const PAD_X_EM = 0.6;
const PAD_Y_EM = 0.1;

/** Pan steps, in screen pixels, at which label places are worked out again. */
const PAN_STEP = 24;

/** The zoom, in steps of about 6 %, or 0 while cards are readable (no labels). */
const labelBucket = (zoom: number) => (zoom >= LABEL_ZOOM ? 0 : 2 ** (Math.round(Math.log2(zoom) * 12) / 12));

/**
 * The visible canvas's edges in flow pixels, counted in steps of PAN_STEP screen pixels (labels
 * must not run off its edges), as one string so that panning re-renders only at each step;
 * '' while there are no labels.
 */
function visibleEdges(s: { transform: [number, number, number]; width: number; height: number }): string {
  const [tx, ty, zoom] = s.transform;
  const bucket = labelBucket(zoom);
  if (bucket === 0) return '';
  const step = PAN_STEP / bucket;
  return [-tx / zoom, -ty / zoom, (s.width - tx) / zoom, (s.height - ty) / zoom].map((v) => Math.round(v / step)).join(',');
}

/** A card's box and its label's box (centred on the card) on screen, and where else the label may go. */
function labelOf(id: string, text: string, p: Position, zoom: number, rank: number) {
  const lines = getLabelLines(getShortLabel(text));
  const width = (Math.max(...lines.map((l) => l.length)) * CHAR_EM + PAD_X_EM) * LABEL_SCREEN_PX;
  const height = (lines.length * LINE_EM + PAD_Y_EM) * LABEL_SCREEN_PX;
  const card = { x: p.x * zoom, y: p.y * zoom, width: CARD_WIDTH * zoom, height: estimateStatementSize(text).height * zoom };
  const label = { id, x: card.x + card.width / 2 - width / 2, y: card.y + card.height / 2 - height / 2, width, height, rank };
  return { lines, card, label, spots: getLabelSpots(card, label) };
}

/**
 * Semantic zoom: below LABEL_ZOOM the canvas is marked data-labels="on" (cards hide their
 * text) and gets --label-px, the label size in flow pixels that shows LABEL_SCREEN_PX on
 * screen; returns the cards whose label shows and where: a label goes on its card, or beside
 * or just above or below it, wherever it collides with no label of a card nearer the thesis
 * (a selected card before all, core/layout/labels.ts). Recomputed only when the zoom moves by a step.
 */
export function useSemanticZoom(
  map: ArgumentMap,
  positions: ReadonlyMap<string, Position>,
  hidden: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  canvas: RefObject<HTMLElement | null>,
): ReadonlyMap<string, LabelPlace> {
  const zoom = useStore((s) => labelBucket(s.transform[2]));
  const view = useStore(visibleEdges);
  const ranks = useMemo(() => getLabelRanks(map), [map]);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    el.setAttribute('data-labels', zoom > 0 ? 'on' : 'off');
    if (zoom > 0) el.style.setProperty('--label-px', `${(LABEL_SCREEN_PX / zoom).toFixed(1)}px`);
  }, [zoom, canvas]);
  return useMemo(() => {
    const places = new Map<string, LabelPlace>();
    if (zoom === 0) return places;
    const labels: ReturnType<typeof labelOf>[] = [];
    for (const s of map.statements) {
      const p = positions.get(s.id);
      if (!p || hidden.has(s.id)) continue;
      labels.push(labelOf(s.id, s.text, p, zoom, selected.has(s.id) ? -1 : ranks.get(s.id)!));
    }
    const lines = new Map(labels.map((l) => [l.label.id, l.lines]));
    // Label boxes are in flow pixels × zoom; so are the visible edges, one step inside.
    const [l, t, r, b] = view.split(',').map(Number);
    const within = { x: (l + 1) * PAN_STEP, y: (t + 1) * PAN_STEP, width: (r - l - 2) * PAN_STEP, height: (b - t - 2) * PAN_STEP };
    for (const [id, placed] of placeLabels(labels, 6, within)) places.set(id, { lines: lines.get(id)!, dx: placed.spot.dx / zoom, dy: placed.spot.dy / zoom });
    return places;
  }, [zoom, view, map, positions, hidden, selected, ranks]);
}
