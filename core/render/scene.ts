import type { Id, LayoutDirection, StatementKind } from '../model/types';
import type { BoxStyle, EdgeRole, HeadShape, LineStyle, TextStyle } from './style';

/**
 * A figure as plain drawing instructions, y pointing down, in figure units. Every shape
 * keeps what it stands for (statement id, kind, inference id, role) so semantic formats
 * (TikZ styles, SVG classes) can name it and geometric ones (PDF) just draw it.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface SceneText {
  readonly text: string;
  /** Centre of the line (anchor middle) or its start (anchor start). */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly anchor: 'start' | 'middle';
  readonly style: TextStyle;
}

export interface SceneNode {
  readonly id: Id;
  readonly kind: StatementKind;
  /** Top-left corner and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly box: BoxStyle;
  /** Kind word and tags, when there is any. */
  readonly caption: SceneText | null;
  /** The statement text, wrapped. */
  readonly lines: readonly SceneText[];
}

/** The point where linked premises meet (or an undercut lands). */
export interface SceneJunction {
  readonly inference: Id;
  /** Its layout key (junctionId). */
  readonly key: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface ScenePolygon {
  readonly points: readonly Point[];
  readonly fill: string;
}

export interface SceneEdge {
  readonly inference: Id;
  readonly role: EdgeRole;
  /** Layout keys of the two ends: statement ids or junction keys. */
  readonly from: string;
  readonly to: string;
  /** Polyline, already shortened to leave room for the head. */
  readonly points: readonly Point[];
  /** Where the edge (its head, if any) ends. */
  readonly tip: Point;
  readonly line: LineStyle;
  /** Absent on the premise → junction legs of a linked inference. */
  readonly head: HeadShape | null;
  readonly headShape: ScenePolygon | null;
}

export interface SceneLegend {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly frame: BoxStyle;
  readonly edges: readonly SceneEdge[];
  readonly junctions: readonly SceneJunction[];
  readonly texts: readonly SceneText[];
}

export interface Scene {
  readonly title: string;
  readonly direction: LayoutDirection;
  /** Printed size of one figure unit, in pt: text of size 12 prints at 12 × scale pt. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly SceneNode[];
  readonly junctions: readonly SceneJunction[];
  readonly edges: readonly SceneEdge[];
  readonly legend: SceneLegend | null;
}
