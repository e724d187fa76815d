import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
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

/** Room kept between labels and the canvas's edges, in screen pixels. */
const EDGE_PX = 24;

/** The zoom, in steps of about 6 %, or 0 while cards are readable (no labels). */
const labelBucket = (zoom: number) => (zoom >= LABEL_ZOOM ? 0 : 2 ** (Math.round(Math.log2(zoom) * 12) / 12));

/** What a card's label needs at any zoom: its lines, its size on screen, and the card's box in flow pixels. */
interface LabelBase {
  readonly id: string;
  readonly lines: string[];
  readonly width: number;
  readonly height: number;
  readonly card: { x: number; y: number; width: number; height: number };
}

function getLabelBase(id: string, text: string, p: Position): LabelBase {
  const lines = getLabelLines(getShortLabel(text));
  const width = (Math.max(...lines.map((l) => l.length)) * CHAR_EM + PAD_X_EM) * LABEL_SCREEN_PX;
  const height = (lines.length * LINE_EM + PAD_Y_EM) * LABEL_SCREEN_PX;
  return { id, lines, width, height, card: { x: p.x, y: p.y, width: CARD_WIDTH, height: estimateStatementSize(text).height } };
}

/** A card's box and its label's box (centred on the card) on screen at `zoom`, and where else the label may go. */
function labelAt(base: LabelBase, zoom: number, rank: number) {
  const { x, y, width, height } = base.card;
  const card = { x: x * zoom, y: y * zoom, width: width * zoom, height: height * zoom };
  const label = { id: base.id, x: card.x + card.width / 2 - base.width / 2, y: card.y + card.height / 2 - base.height / 2, width: base.width, height: base.height, rank };
  return { card, label, spots: getLabelSpots(card, label) };
}

/** How long the view must rest before label places follow a pan, ms. */
const SETTLE_MS = 200;

type FlowState = { transform: [number, number, number]; width: number; height: number };

/** The visible canvas in flow pixels (whole ones), as a string; '' while there are no labels. */
function visibleRect(s: FlowState): string {
  const [tx, ty, zoom] = s.transform;
  if (labelBucket(zoom) === 0) return '';
  return [-tx / zoom, -ty / zoom, (s.width - tx) / zoom, (s.height - ty) / zoom].map(Math.round).join(',');
}

/**
 * Semantic zoom: below LABEL_ZOOM the canvas is marked data-labels="on" (cards hide their
 * text) and gets --label-px, the label size in flow pixels that shows LABEL_SCREEN_PX on
 * screen; returns that (overview) and the cards whose label shows and where: a label goes on its card, or beside
 * or just above or below it, wherever it collides with no label of a card nearer the thesis
 * (a selected card before all, core/layout/labels.ts), and inside the visible canvas. Worked
 * out again when the zoom moves by a step, and after a pan once the view rests: panning
 * itself does no work proportional to the map, and nothing here renders on a pan's frames.
 */
export function useSemanticZoom(
  map: ArgumentMap,
  positions: ReadonlyMap<string, Position>,
  hidden: ReadonlySet<string>,
  selected: ReadonlySet<string>,
  canvas: RefObject<HTMLElement | null>,
): { places: ReadonlyMap<string, LabelPlace>; overview: boolean } {
  const flowStore = useStoreApi();
  const zoom = useStore((s) => labelBucket(s.transform[2]));
  const [rested, setRested] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = flowStore.subscribe((s) => {
      clearTimeout(timer);
      const rect = visibleRect(s);
      timer = setTimeout(() => setRested(rect), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [flowStore]);
  const ranks = useMemo(() => getLabelRanks(map), [map]);
  // Lines, label sizes and card boxes do not depend on the zoom: worked out once per map change.
  const bases = useMemo(() => {
    const out: LabelBase[] = [];
    for (const s of map.statements) {
      const p = positions.get(s.id);
      if (p && !hidden.has(s.id)) out.push(getLabelBase(s.id, s.text, p));
    }
    return out;
  }, [map, positions, hidden]);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    el.setAttribute('data-labels', zoom > 0 ? 'on' : 'off');
    if (zoom > 0) el.style.setProperty('--label-px', `${(LABEL_SCREEN_PX / zoom).toFixed(1)}px`);
  }, [zoom, canvas]);
  const previous = useRef<ReadonlyMap<string, LabelPlace>>(new Map());
  const places = useMemo(() => {
    const places = new Map<string, LabelPlace>();
    // The view now, not the rested one: a new zoom step places labels for its own view at once.
    const view = visibleRect(flowStore.getState());
    if (zoom === 0 || view === '') return places;
    const [l, t, r, b] = view.split(',').map(Number);
    // Only cards in view can have a label there (labels stay inside the view).
    const shown = bases.filter(({ card }) => card.x < r && card.x + card.width > l && card.y < b && card.y + card.height > t);
    const labels = shown.map((base) => labelAt(base, zoom, selected.has(base.id) ? -1 : ranks.get(base.id)!));
    const lines = new Map(shown.map((base) => [base.id, base.lines]));
    // Label boxes are in flow pixels × zoom; so is the view, one pan step inside its edges.
    const within = { x: l * zoom + EDGE_PX, y: t * zoom + EDGE_PX, width: (r - l) * zoom - 2 * EDGE_PX, height: (b - t) * zoom - 2 * EDGE_PX };
    for (const [id, placed] of placeLabels(labels, 6, within)) {
      const place = { lines: lines.get(id)!, dx: placed.spot.dx / zoom, dy: placed.spot.dy / zoom };
      // The same place keeps its object, so its card does not render again.
      const old = previous.current.get(id);
      places.set(id, old && old.dx === place.dx && old.dy === place.dy && old.lines === place.lines ? old : place);
    }
    return places;
    // `rested` stands for the view: it changes when a pan comes to rest.
  }, [zoom, rested, bases, selected, ranks, flowStore]);
  previous.current = places;
  return { places, overview: zoom > 0 };
}
