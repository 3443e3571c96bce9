import type { Cell, Grid, GridRow } from '../../model/layout.js';
import type { Bbox } from '../../model/place.js';
import type { TextRun } from '../../model/source.js';
import { unionBbox } from '../../geometry/index.js';
import { normaliseText } from '../../util/cjk.js';
import { isAmountText } from '../../util/money.js';
import { type Line, runBox } from './lines.js';
import type { PdfLayoutSettings } from './settings.js';
import { joinLineRuns } from './text-join.js';

/** Function (3/5/7 digits) or economic codes, possibly with a name after a dash. */
const CODE = /^\d{3}(\d{2}){0,2}$/;
const PROSE = /[，。；！？]|[：:]\S{6,}/;

const isNumeric = (t: string) => isAmountText(t.trim()) || CODE.test(t.trim());

/** Runs of a line as cells: touching runs (gap under wideGap) stay one cell. */
export function lineCells(l: Line, wideGap: number): TextRun[][] {
  const out: TextRun[][] = [];
  for (const r of l.runs) {
    const last = out[out.length - 1]?.at(-1);
    if (last && r.x - (last.x + last.width) <= (r.fontSize ?? r.height) * wideGap) out[out.length - 1].push(r);
    else out.push([r]);
  }
  return out;
}

/** A table body line: two or more separate cells, at least one a number or code, and not prose. */
function isRowLike(l: Line, wideGap: number): boolean {
  const cells = lineCells(l, wideGap);
  if (cells.length < 2) return false;
  const texts = cells.map((c) => c.map((r) => r.text).join(''));
  return texts.some(isNumeric) && !texts.some((t) => PROSE.test(t) && t.length > 20);
}

/** A header line: two or more separate short cells without sentence punctuation. */
function isHeaderLike(l: Line, wideGap: number): boolean {
  const cells = lineCells(l, wideGap);
  return cells.length >= 2 && cells.every((c) => !PROSE.test(c.map((r) => r.text).join('')));
}

/** Column ranges from body rows: numbers and codes first, then text runs that do not bridge two columns. */
function columnsOf(body: readonly Line[], wideGap: number): [number, number][] {
  const cellBoxes = body.flatMap((l) => lineCells(l, wideGap).map((c) => ({ box: unionBbox(c.map(runBox)), text: c.map((r) => r.text).join('') })));
  let cols: [number, number][] = [];
  const add = (x0: number, x1: number) => {
    const hit = cols.filter(([a, b]) => x0 <= b && x1 >= a);
    cols = cols.filter((c) => !hit.includes(c));
    cols.push([Math.min(x0, ...hit.map((h) => h[0])), Math.max(x1, ...hit.map((h) => h[1]))]);
  };
  for (const c of cellBoxes.filter((c) => isNumeric(c.text))) add(c.box[0], c.box[2]);
  const numericCols = [...cols];
  for (const c of cellBoxes.filter((c) => !isNumeric(c.text))) {
    const bridges = numericCols.filter(([a, b]) => c.box[0] <= b && c.box[2] >= a).length;
    if (bridges < 2) add(c.box[0], c.box[2]);
  }
  return cols.sort((a, b) => a[0] - b[0]);
}

/** The columns a cell overlaps; a cell between columns goes to the nearest. */
function colsFor(box: Bbox, cols: readonly [number, number][]): number[] {
  const hit = cols.map((c, i) => (box[0] <= c[1] && box[2] >= c[0] ? i : -1)).filter((i) => i >= 0);
  if (hit.length) return hit;
  const mid = (box[0] + box[2]) / 2;
  let best = 0;
  cols.forEach((c, i) => {
    if (Math.abs((c[0] + c[1]) / 2 - mid) < Math.abs((cols[best][0] + cols[best][1]) / 2 - mid)) best = i;
  });
  return [best];
}

/** Lays one line on the columns; empty columns give empty cells so every row has every column. */
function streamRow(l: Line, cols: readonly [number, number][], page: number, wideGap: number): GridRow {
  const slots: { runs: TextRun[]; span: number }[] = cols.map(() => ({ runs: [], span: 1 }));
  for (const c of lineCells(l, wideGap)) {
    const hit = colsFor(unionBbox(c.map(runBox)), cols);
    slots[hit[0]].runs.push(...c);
    slots[hit[0]].span = Math.max(slots[hit[0]].span, hit[hit.length - 1] - hit[0] + 1);
  }
  const cells: Cell[] = [];
  for (let i = 0; i < cols.length; ) {
    const s = slots[i];
    const bbox: Bbox = s.runs.length ? unionBbox(s.runs.map(runBox)) : [cols[i][0], l.bbox[1], cols[i][1], l.bbox[3]];
    cells.push({
      text: normaliseText(joinLineRuns(s.runs, wideGap)), col: i, colSpan: s.span, rowSpan: 1, place: { page, bbox },
      ...(s.runs.length ? { textX: bbox[0] } : {}),
    });
    i += s.span;
  }
  return { cells, place: { page, bbox: l.bbox } };
}

/**
 * Unruled ('stream') tables: runs of lines with separate number or code cells, a few header lines
 * above them; columns come from the alignment of the body cells. Returns the grids and the lines left.
 */
export function streamGrids(lines: readonly Line[], page: number, s: PdfLayoutSettings): { grids: Grid[]; rest: Line[] } {
  const grids: Grid[] = [];
  const used = new Set<number>();
  const close = (a: Line, b: Line) => b.bbox[1] - a.bbox[3] <= Math.max(a.size, b.size) * s.maxLineGap;
  let i = 0;
  while (i < lines.length) {
    if (!isRowLike(lines[i], s.wideGap)) {
      i++;
      continue;
    }
    // Body: row-like lines, allowing single lines (wrapped names, group titles) between them.
    let end = i;
    let rowLike = 1;
    for (let j = i + 1; j < lines.length && close(lines[j - 1], lines[j]); j++) {
      if (isRowLike(lines[j], s.wideGap)) {
        rowLike++;
        end = j;
      } else if (PROSE.test(lines[j].runs.map((r) => r.text).join(''))) break;
    }
    if (rowLike < s.minStreamRows) {
      i = end + 1;
      continue;
    }
    let start = i;
    while (start > 0 && i - start < s.maxStreamHeaderLines && !used.has(start - 1) &&
      close(lines[start - 1], lines[start]) && isHeaderLike(lines[start - 1], s.wideGap)) start--;
    const body = lines.slice(i, end + 1).filter((l) => isRowLike(l, s.wideGap));
    const cols = columnsOf(body, s.wideGap);
    const part = lines.slice(start, end + 1);
    const rows = part.map((l) => streamRow(l, cols, page, s.wideGap));
    for (let k = start; k <= end; k++) used.add(k);
    grids.push({
      kind: 'grid',
      strategy: 'stream',
      columnCount: cols.length,
      rows,
      place: { page, bbox: unionBbox(part.map((l) => l.bbox)) },
      pageFrom: page,
      pageTo: page,
    });
    i = end + 1;
  }
  return { grids, rest: lines.filter((_, k) => !used.has(k)) };
}
