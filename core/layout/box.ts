export interface Box {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapLayout {
  /** Statement boxes and inference junction boxes (keyed by junctionId). */
  readonly boxes: ReadonlyMap<string, Box>;
  readonly width: number;
  readonly height: number;
}

/** Gaps of a full layout, in pixels. */
export const LAYOUT_SPACING = { nodeGap: 40, edgeGap: 20, layerGap: 70 } as const;
/** Space left around a whole layout. */
export const LAYOUT_MARGIN = 20;
/** Room kept around a box placed next to existing ones (new statements, or out of a pinned one's way). */
export const PLACEMENT_CLEARANCE = 20;
