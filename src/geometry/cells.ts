import type { Intersection, RawCell } from './types.js';

/**
 * The smallest rectangles whose four corners are intersections joined by edges (pdfplumber's method).
 * Edges are maximal after joining, so two points are connected exactly when they lie on the same edge;
 * a merged cell is found because no inner line reaches its top edge.
 */
export function findCells(points: readonly Intersection[], minCellSize: number): RawCell[] {
  const byH = new Map<number, Intersection[]>();
  const byV = new Map<number, Intersection[]>();
  const at = new Map<string, Intersection>();
  for (const p of points) {
    (byH.get(p.h) ?? byH.set(p.h, []).get(p.h)!).push(p);
    (byV.get(p.v) ?? byV.set(p.v, []).get(p.v)!).push(p);
    at.set(`${p.h},${p.v}`, p);
  }
  for (const list of byH.values()) list.sort((a, b) => a.x - b.x);
  for (const list of byV.values()) list.sort((a, b) => a.y - b.y);
  const cells: RawCell[] = [];
  for (const tl of points) {
    const below = byV.get(tl.v)!.filter((p) => p.y >= tl.y + minCellSize);
    const right = byH.get(tl.h)!.filter((p) => p.x >= tl.x + minCellSize);
    search: for (const bl of below) {
      for (const tr of right) {
        const br = at.get(`${bl.h},${tr.v}`);
        if (br) {
          cells.push({ bbox: [tl.x, tl.y, br.x, br.y], corners: [tl, tr, bl, br] });
          break search;
        }
      }
    }
  }
  return cells;
}
