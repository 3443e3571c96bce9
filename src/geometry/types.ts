import type { Bbox } from '../model/place.js';

/** An axis-aligned ruling line after snapping and joining: `pos` is y (horizontal) or x (vertical). */
export interface Edge {
  id: number;
  orientation: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}

/** Where a horizontal and a vertical edge meet. */
export interface Intersection {
  x: number;
  y: number;
  h: number;
  v: number;
}

/** A rectangle closed by edges on all four sides, before it is placed on a table's rows and columns. */
export interface RawCell {
  bbox: Bbox;
  /** Corner intersections: top-left, top-right, bottom-left, bottom-right. */
  corners: [Intersection, Intersection, Intersection, Intersection];
}

/** A cell of a lattice table: 0-based row/column of its top-left, spans in grid units. */
export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: Bbox;
}

export interface LatticeTable {
  bbox: Bbox;
  /** Row boundaries (y, top to bottom) and column boundaries (x, left to right): rowCount + 1, colCount + 1 values. */
  rowEdges: number[];
  colEdges: number[];
  rowCount: number;
  colCount: number;
  /** Sorted by row, then column. */
  cells: LatticeCell[];
}

/** Every intermediate result, so a debug view can draw them over the page. */
export interface LatticeDebug {
  edges: Edge[];
  intersections: Intersection[];
  cells: RawCell[];
  tables: LatticeTable[];
}
