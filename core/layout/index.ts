export * from './size';
export * from './layoutGraph';
export * from './layoutMap';
export { LAYOUT_MARGIN, LAYOUT_SPACING, PLACEMENT_CLEARANCE } from './box';
export { createLayoutCache, type LayoutCache } from './cache';
export { countCrossings } from './crossings';
export { placeNewStatements } from './place';
export { boxesOverlap } from './freeSpot';
export { boxAround, findFreeBox, getBoundingBox, placeGroup } from './placement';
