/**
 * Shared page geometry (no PDF or OCR dependency): ruling segments in PDF points, top-left origin,
 * to lattice tables. Chain of pure steps: segments -> edges -> intersections -> cells -> tables.
 */
import type { RuleSegment } from '../model/source.js';
import { findCells } from './cells.js';
import { mergeSegments } from './edges.js';
import { findIntersections } from './intersections.js';
import { LatticeSettings, type LatticeSettingsInput } from './settings.js';
import { groupCells, toTable } from './tables.js';
import type { LatticeDebug, LatticeTable } from './types.js';

export { LatticeSettings, type LatticeSettingsInput } from './settings.js';
export type { Edge, Intersection, LatticeCell, LatticeDebug, LatticeTable, RawCell } from './types.js';
export { mergeSegments } from './edges.js';
export { findIntersections } from './intersections.js';
export { findCells } from './cells.js';
export { groupCells, toTable } from './tables.js';
export { bboxArea, bboxContains, bboxOverlap, unionBbox } from './bbox.js';

/** Every step's result, for drawing over the page. */
export function findLattice(segments: readonly RuleSegment[], opts: LatticeSettingsInput = {}): LatticeDebug {
  const s = LatticeSettings.parse(opts);
  const edges = mergeSegments(segments, s);
  const intersections = findIntersections(edges, s.intersectionTolerance);
  const cells = findCells(intersections, s.minCellSize);
  const tables = groupCells(cells)
    .filter((g) => g.length >= s.minTableCells)
    .map((g) => toTable(g, s.snapTolerance));
  return { edges, intersections, cells, tables };
}

/** Tables drawn by ruling lines, each with its cells on rows and columns (spans for merged cells). */
export function findTables(segments: readonly RuleSegment[], opts: LatticeSettingsInput = {}): LatticeTable[] {
  return findLattice(segments, opts).tables;
}
