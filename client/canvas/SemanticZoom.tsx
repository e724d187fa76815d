import { type RefObject, memo, useContext, useEffect } from 'react';
import type { ArgumentMap, Position } from '../../core/model';
import { LabelledContext } from './labelled';
import { useSemanticZoom } from './useSemanticZoom';

interface Props {
  readonly map: ArgumentMap;
  readonly positions: ReadonlyMap<string, Position>;
  readonly hidden: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly canvas: RefObject<HTMLElement | null>;
}

/**
 * Works out the semantic-zoom labels (useSemanticZoom.ts) and hands them to the cards through
 * the labelled store, each card reading its own. Rendered inside <ReactFlow> on its own, so a
 * new zoom step or a pan coming to rest renders this and the cards whose label changes, never
 * the canvas and its node list.
 */
export const SemanticZoom = memo(function SemanticZoom({ map, positions, hidden, selected, canvas }: Props) {
  const { places, overview } = useSemanticZoom(map, positions, hidden, selected, canvas);
  const store = useContext(LabelledContext);
  useEffect(() => store.setState({ places, overview }), [store, places, overview]);
  return null;
});
