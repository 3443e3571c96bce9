import type { Cell, Grid, GridRow } from '../../model/layout.js';
import type { SourcePage, TextRun } from '../../model/source.js';
import { type LatticeTable, bboxContains } from '../../geometry/index.js';
import { normaliseText } from '../../util/cjk.js';
import { groupLines } from './lines.js';
import { joinLineRuns, joinWrapped } from './text-join.js';

/** A lattice table is a grid only with at least two columns (a lone frame holds narrative text). */
export const isGridTable = (t: LatticeTable): boolean => t.colCount >= 2 && t.cells.length >= 2;

/** Horizontal bands per table row in the cell index: a run's centre is checked against a few cells, not all. */
const BANDS_PER_ROW = 2;

/**
 * Index of the first cell (in the table's order) holding a point's centre, or -1: the same answer as a scan
 * of every cell, found among the cells whose vertical extent meets the point's band. A cell holding the point
 * has its top at or above it and its bottom at or below it, so it is always listed in the point's band.
 */
export function cellLocator(t: LatticeTable): (x: number, y: number) => number {
  const top = t.bbox[1];
  const count = Math.max(1, t.rowCount * BANDS_PER_ROW);
  const height = (t.bbox[3] - top) / count;
  const bandOf = (y: number) => (height > 0 ? Math.min(count - 1, Math.max(0, Math.floor((y - top) / height))) : 0);
  const bands: number[][] = Array.from({ length: count }, () => []);
  t.cells.forEach((c, i) => {
    for (let b = bandOf(c.bbox[1]), last = bandOf(c.bbox[3]); b <= last; b++) bands[b].push(i);
  });
  return (x, y) => {
    if (!Number.isFinite(y)) return t.cells.findIndex((c) => bboxContains(c.bbox, x, y));
    for (const i of bands[bandOf(y)]) if (bboxContains(t.cells[i].bbox, x, y)) return i;
    return -1;
  };
}

/** True when the run's centre is inside the table. */
export const inTable = (t: LatticeTable, r: TextRun): boolean => bboxContains(t.bbox, r.x + r.width / 2, r.y + r.height / 2);

/**
 * A ruled grid from a lattice table and the page's runs: each run goes to the cell holding its centre;
 * a cell's lines are joined as wrapped text. Every row of the lattice is kept (rows covered by a
 * row span have fewer cells) and empty cells are kept, since a blank cell and a 0 are different facts.
 */
export function ruledGrid(t: LatticeTable, runs: readonly TextRun[], page: number, wideGap: number): Grid {
  const byCell: TextRun[][] = t.cells.map(() => []);
  const cellAt = cellLocator(t);
  for (const r of runs) {
    const i = cellAt(r.x + r.width / 2, r.y + r.height / 2);
    if (i >= 0) byCell[i].push(r);
  }
  returnOverflow(t, byCell);
  // Cell indices row by row, in the table's order within each row.
  const byRow: number[][] = Array.from({ length: t.rowCount }, () => []);
  t.cells.forEach((c, i) => byRow[c.row]?.push(i));
  const rows: GridRow[] = [];
  for (let row = 0; row < t.rowCount; row++) {
    const cells: Cell[] = [];
    byRow[row].forEach((i) => {
      const c = t.cells[i];
      const text = normaliseText(joinWrapped(groupLines(byCell[i]).map((l) => joinLineRuns(l.runs, wideGap))));
      // OCR'd cells carry the confidence of their least certain run, so a doubtful figure can be told apart.
      const confidences = byCell[i].map((r) => r.confidence).filter((v): v is number => v !== undefined);
      const confidence = confidences.length ? Math.min(...confidences) : undefined;
      const textX = byCell[i].length ? Math.min(...byCell[i].map((r) => r.x)) : undefined;
      cells.push({
        text, col: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, place: { page, bbox: c.bbox },
        ...(confidence !== undefined ? { confidence } : {}),
        ...(textX !== undefined ? { textX } : {}),
      });
    });
    const bbox: [number, number, number, number] = [t.colEdges[0], t.rowEdges[row], t.colEdges[t.colCount], t.rowEdges[row + 1]];
    rows.push({ cells, place: { page, bbox } });
  }
  return {
    kind: 'grid',
    strategy: 'ruled',
    columnCount: t.colCount,
    rows,
    place: { page, bbox: t.bbox },
    pageFrom: page,
    pageTo: page,
  };
}

/**
 * Text overflowing its cell (Excel prints a wrapped cell's last line over the row's bottom rule, half hidden) lands
 * with its centre in the cell below: a run straddling its cell's top rule, at the same left edge and line pitch as
 * the cell above's last line goes back to the cell above (a cell's own first line sits below its top rule).
 */
function returnOverflow(t: LatticeTable, byCell: TextRun[][]): void {
  t.cells.forEach((below, b) => {
    const top = below.bbox[1];
    // Only single-row cells: a merged cell (a project's name over its rows) centres its text and overflows both ways.
    const above = t.cells.findIndex((c) => c.col === below.col && c.colSpan === below.colSpan && c.rowSpan === 1 && Math.abs(c.bbox[3] - top) < 0.5);
    if (below.rowSpan !== 1 || above < 0 || byCell[above].length === 0) return;
    const r = [...byCell[b]].sort((x, y) => x.y - y.y)[0];
    if (!r || r.y >= top - 0.25 * r.height) return;
    const lines = [...byCell[above]].sort((x, y) => x.y - y.y);
    const last = lines[lines.length - 1];
    const pitch = lines.length >= 2 ? last.y - lines[lines.length - 2].y : 1.25 * last.height;
    // The cell above is full: its last line reaches its bottom rule, so the next line had no room.
    if (last.y + last.height < top - last.height) return;
    if (Math.abs(r.x - last.x) > 2 || Math.abs(r.y - last.y - pitch) > 0.15 * r.height) return;
    byCell[b] = byCell[b].filter((x) => x !== r);
    byCell[above].push(r);
  });
}

/** Ruled grids of a page and the runs left outside them. */
export function ruledGrids(page: SourcePage, tables: readonly LatticeTable[], wideGap: number): { grids: Grid[]; rest: TextRun[] } {
  const grids = tables.filter(isGridTable);
  const rest = page.runs.filter((r) => !grids.some((t) => inTable(t, r)));
  return { grids: grids.map((t) => ruledGrid(t, page.runs.filter((r) => inTable(t, r)), page.number, wideGap)), rest };
}
