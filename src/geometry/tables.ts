import type { Bbox } from '../model/place.js';
import type { LatticeCell, LatticeTable, RawCell } from './types.js';

/** Cells that share a corner belong to one table; returns groups in reading order (top, then left). */
export function groupCells(cells: readonly RawCell[]): RawCell[][] {
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  cells.forEach((c, i) => {
    for (const p of c.corners) {
      const key = `${p.h},${p.v}`;
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, RawCell[]>();
  cells.forEach((c, i) => {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(c);
  });
  return [...groups.values()].sort((a, b) => top(a) - top(b) || left(a) - left(b));
}

const top = (g: RawCell[]) => Math.min(...g.map((c) => c.bbox[1]));
const left = (g: RawCell[]) => Math.min(...g.map((c) => c.bbox[0]));

/** Sorted distinct values, those within the tolerance of the previous kept value folded into it. */
function boundaries(values: number[], tolerance: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (!out.length || v - out[out.length - 1] > tolerance) out.push(v);
  }
  return out;
}

function indexOf(bounds: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < bounds.length; i++) if (Math.abs(bounds[i] - v) < Math.abs(bounds[best] - v)) best = i;
  return best;
}

/** Places a group of cells on row and column boundaries, giving each cell its spans. */
export function toTable(group: readonly RawCell[], tolerance: number): LatticeTable {
  const colEdges = boundaries(group.flatMap((c) => [c.bbox[0], c.bbox[2]]), tolerance);
  const rowEdges = boundaries(group.flatMap((c) => [c.bbox[1], c.bbox[3]]), tolerance);
  const cells: LatticeCell[] = group.map((c) => {
    const col = indexOf(colEdges, c.bbox[0]);
    const row = indexOf(rowEdges, c.bbox[1]);
    return {
      row,
      col,
      rowSpan: Math.max(1, indexOf(rowEdges, c.bbox[3]) - row),
      colSpan: Math.max(1, indexOf(colEdges, c.bbox[2]) - col),
      bbox: c.bbox,
    };
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const bbox: Bbox = [colEdges[0], rowEdges[0], colEdges[colEdges.length - 1], rowEdges[rowEdges.length - 1]];
  return { bbox, rowEdges, colEdges, rowCount: rowEdges.length - 1, colCount: colEdges.length - 1, cells };
}
