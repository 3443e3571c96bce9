import { describe, expect, it } from 'vitest';
import { findLattice, findTables } from '../../src/geometry/index.js';
import type { RuleSegment } from '../../src/model/source.js';

const h = (y: number, x0: number, x1: number): RuleSegment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): RuleSegment => ({ x0: x, y0, x1: x, y1 });

/** A full grid: lines at every x of `xs` and y of `ys`. */
function grid(xs: number[], ys: number[]): RuleSegment[] {
  const x0 = xs[0], x1 = xs[xs.length - 1], y0 = ys[0], y1 = ys[ys.length - 1];
  return [...ys.map((y) => h(y, x0, x1)), ...xs.map((x) => v(x, y0, y1))];
}

describe('findTables', () => {
  it('finds a plain 3x2 grid', () => {
    const [t, ...rest] = findTables(grid([0, 100, 200], [0, 20, 40, 60]));
    expect(rest).toHaveLength(0);
    expect(t.rowCount).toBe(3);
    expect(t.colCount).toBe(2);
    expect(t.cells).toHaveLength(6);
    expect(t.cells[3]).toEqual({ row: 1, col: 1, rowSpan: 1, colSpan: 1, bbox: [100, 20, 200, 40] });
    expect(t.bbox).toEqual([0, 0, 200, 60]);
  });

  it('closes a frame a page break left open: cells running on from the previous page keep their columns', () => {
    // Beijing 预算12表 p. 27: the name and amount columns (x 0..200) have no top border; the indicator
    // columns (200..400) do, and all columns share the bottom border.
    const segs = [h(0, 200, 400), h(30, 200, 400), h(60, 0, 400), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60), v(400, 0, 60)];
    const t = findTables(segs)[0];
    expect(t.bbox).toEqual([0, 0, 400, 60]);
    expect(t.colCount).toBe(4);
    const at = (row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);
    expect(at(0, 0)).toMatchObject({ rowSpan: 2, bbox: [0, 0, 100, 60] });
    expect(at(0, 1)).toMatchObject({ rowSpan: 2 });
    expect(at(1, 3)).toMatchObject({ rowSpan: 1, bbox: [300, 30, 400, 60] });
  });

  it('does not draw a border from one loose line', () => {
    // A single vertical hanging at the table's top height (a chart axis, a stroke) is not a page-break frame.
    const segs = [...grid([200, 300, 400], [0, 30, 60]), v(50, 0, 60)];
    const [t, ...rest] = findTables(segs);
    expect(rest).toHaveLength(0);
    expect(t.bbox).toEqual([200, 0, 400, 60]);
  });

  it('closes a first column merged over the page break: one open line of the frame that meets its bottom', () => {
    // Beijing's list: the name column (0..100) runs on from the previous page without a top border.
    const segs = [h(0, 100, 300), h(30, 100, 300), h(60, 0, 300), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60), v(300, 0, 60)];
    const [t, ...rest] = findTables(segs);
    expect(rest).toHaveLength(0);
    expect(t.bbox).toEqual([0, 0, 300, 60]);
    expect(t.cells.find((c) => c.col === 0)).toMatchObject({ rowSpan: 2 });
  });

  it('gives a header cell spanning columns and a name cell spanning rows', () => {
    // Header row 0..20 spans cols 1-2 (no line at x=200 above y=20); col 0 spans rows 0..40.
    const segs = [
      h(0, 0, 300), h(20, 100, 300), h(40, 0, 300), h(60, 0, 300),
      v(0, 0, 60), v(100, 0, 60), v(200, 20, 60), v(300, 0, 60),
    ];
    const t = findTables(segs)[0];
    expect(t.colCount).toBe(3);
    expect(t.rowCount).toBe(3);
    const at = (row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);
    expect(at(0, 0)).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(at(0, 1)).toMatchObject({ rowSpan: 1, colSpan: 2, bbox: [100, 0, 300, 20] });
    expect(at(1, 1)).toMatchObject({ rowSpan: 1, colSpan: 1 });
    expect(at(1, 0)).toBeUndefined();
    expect(t.cells).toHaveLength(1 + 1 + 2 + 3);
  });

  it('keeps two tables on one page apart, top one first', () => {
    const low = grid([50, 150, 250], [400, 420, 440]);
    const high = grid([0, 80, 160, 240], [100, 120, 140]);
    const tables = findTables([...low, ...high]);
    expect(tables).toHaveLength(2);
    expect(tables[0].bbox).toEqual([0, 100, 240, 140]);
    expect(tables[0].colCount).toBe(3);
    expect(tables[1].bbox).toEqual([50, 400, 250, 440]);
  });

  it('joins lines that stop short, are split, or are doubled within the tolerance', () => {
    const segs = [
      h(0, 0.8, 60), h(0, 61.5, 200), // split top border with a 1.5pt gap
      h(20, 0, 200), h(21.2, 0, 200), // double line 1.2pt apart
      h(40, 0, 198.6), // stops 1.4pt short of the right border
      v(0, 0, 40), v(100, 1, 40), v(200, 0, 40),
    ];
    const t = findTables(segs)[0];
    expect(t.rowCount).toBe(2);
    expect(t.colCount).toBe(2);
    expect(t.cells).toHaveLength(4);
  });

  it('does not join lines that miss by more than the tolerance', () => {
    // The inner vertical stops 5pt above the middle line: it does not split the top row.
    const segs = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(200, 0, 40), v(100, 0, 15)];
    const t = findTables(segs)[0];
    expect(t.colCount).toBe(1);
    expect(t.cells).toHaveLength(2);
    // Stopping 1.5pt short still splits it.
    const near = findTables([...segs.slice(0, 5), v(100, 0, 18.5)])[0];
    expect(near.cells.filter((c) => c.row === 0)).toHaveLength(2);
    expect(near.cells.filter((c) => c.row === 1)).toEqual([expect.objectContaining({ colSpan: 2 })]);
  });

  it('ignores slanted strokes, ticks and lone lines', () => {
    const segs = [{ x0: 0, y0: 0, x1: 50, y1: 30 }, h(500, 0, 1), h(300, 0, 400), v(600, 0, 100)];
    expect(findTables(segs)).toEqual([]);
  });

  it('keeps every intermediate result', () => {
    const d = findLattice(grid([0, 10, 20], [0, 10]));
    expect(d.edges).toHaveLength(5);
    expect(d.intersections).toHaveLength(6);
    expect(d.cells).toHaveLength(2);
    expect(d.tables).toHaveLength(1);
  });

  it('rejects unknown settings', () => {
    expect(() => findTables([], { snap: 3 } as never)).toThrow();
  });
});
