import type { ColumnReport, ColumnRoleName, GridRow } from '../../model/index.js';
import { isAmountText } from '../../util/money.js';
import { parseGluedCode } from '../codes.js';
import type { ColumnRole } from '../header.js';

/** What one cell's text looks like, independent of the header above it. */
export type CellType = 'empty' | 'code' | 'code_part' | 'code_name' | 'amount' | 'text';

const BARE_CODE = /^[[【(（]?\s*(\d{3}|\d{5}|\d{7})\s*[\]】)）]?$/;
const PART = /^\d{2}$/;

export function cellType(text: string): CellType {
  const t = text.trim();
  if (!t) return 'empty';
  if (BARE_CODE.test(t)) return /^[[【(（]/.test(t) ? 'code' : /^\d{3}$/.test(t) ? 'code_part' : 'code';
  if (PART.test(t)) return 'code_part';
  if (isAmountText(t)) return 'amount';
  const glued = parseGluedCode(t);
  if (glued?.name) return 'code_name';
  return 'text';
}

/** Counts of cell types per column over the data rows. */
export function columnCellTypes(rows: readonly GridRow[], columnCount: number): Array<Record<CellType, number>> {
  const out = Array.from({ length: columnCount }, () => ({ empty: 0, code: 0, code_part: 0, code_name: 0, amount: 0, text: 0 }));
  for (const row of rows) {
    for (const c of row.cells) if (c.col < columnCount) out[c.col][cellType(c.text)]++;
  }
  return out;
}

function evidenceOf(counts: Record<CellType, number>): string[] {
  const filled = Object.entries(counts).filter(([k, n]) => k !== 'empty' && n > 0);
  const total = filled.reduce((s, [, n]) => s + n, 0);
  return filled.sort((a, b) => b[1] - a[1]).map(([k, n]) => `cells:${k} ${n}/${total}`);
}

/** The parse report's view of a column model: role, header, and the evidence for it. */
export function columnReports(roles: readonly ColumnRole[], paths: readonly string[], rows: readonly GridRow[]): ColumnReport[] {
  const types = columnCellTypes(rows, roles.length);
  return roles.map((r, col) => {
    const header = paths[col] ?? '';
    const evidence = [...(header ? [`header:${header}`] : []), ...evidenceOf(types[col])];
    const role: ColumnRoleName =
      r.role === 'code' ? (types[col].code_name > types[col].code ? 'code_name' : types[col].code_part > types[col].code ? 'code_part' : 'code') : r.role;
    return {
      col,
      role,
      header,
      ...(r.role === 'amount' ? { measure: r.measure } : {}),
      ...(r.role === 'code' && role === 'code_part' ? { part: r.part } : {}),
      evidence,
      ...xExtent(rows, col),
    };
  });
}

function xExtent(rows: readonly GridRow[], col: number): { x?: [number, number] } {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const row of rows) {
    for (const c of row.cells) {
      if (c.col !== col || c.colSpan !== 1 || !c.place.bbox) continue;
      x0 = Math.min(x0, c.place.bbox[0]);
      x1 = Math.max(x1, c.place.bbox[2]);
    }
  }
  return Number.isFinite(x0) ? { x: [x0, x1] } : {};
}

/** Cell-type counts of a table's figure rows, per row width (continuation pages may print another layout). */
export type CellStats = Map<number, Array<Record<CellType, number>>>;

export function cellStatsOf(rows: readonly GridRow[]): CellStats {
  const byWidth = new Map<number, GridRow[]>();
  for (const row of rows) {
    const w = Math.max(0, ...row.cells.map((c) => c.col + c.colSpan));
    if (!byWidth.has(w)) byWidth.set(w, []);
    byWidth.get(w)!.push(row);
  }
  return new Map([...byWidth].map(([w, rs]) => [w, columnCellTypes(rs, w)]));
}

const share = (counts: Record<CellType, number>, type: CellType): number => {
  const n = counts.code + counts.code_part + counts.code_name + counts.amount + counts.text;
  return n ? counts[type] / n : 0;
};

/**
 * Column roles corrected by what the cells hold: a column of '[2010501]行政运行' is the name (and code)
 * column whatever its header says (科目, 功能科目名称, nothing at all); a column of bare codes is the code
 * column; 2-digit parts next to a code column are its 款/项; a column of names under no header names rows.
 */
export function refineByCells(roles: readonly ColumnRole[], stats: CellStats): ColumnRole[] {
  const counts = stats.get(roles.length) ?? [...stats.values()].find((c) => c.length >= roles.length);
  if (!counts) return [...roles];
  const out: ColumnRole[] = roles.map((r, col) => {
    const c = counts[col];
    if (!c || r.role === 'unit_code') return r;
    if (share(c, 'code_name') >= 0.5 && r.role !== 'code') return { role: 'name' };
    if (share(c, 'code') >= 0.5) return { role: 'code', part: 0 };
    const measured = r.role === 'amount' && r.measure !== 'unlabelled' && r.measure !== 'unmapped';
    // A header merged over two columns ('部门预算支出经济科目' over code and name) makes no amount column of one without figures.
    if (r.role === 'amount' && c.amount === 0 && c.code_part === 0 && c.text + c.code_name > 0) return { role: 'name' };
    if (share(c, 'code_part') >= 0.5 && !measured) return { role: 'code', part: 0 };
    return r;
  });
  // A column of plain names, where no column names the rows, names them.
  if (!out.some((r) => r.role === 'name')) {
    const col = out.findIndex((r, i) => r.role !== 'code' && counts[i] && share(counts[i], 'text') >= 0.5);
    if (col >= 0) out[col] = { role: 'name' };
  }
  let part = 0;
  return out.map((r) => (r.role === 'code' ? { role: 'code', part: part++ } : r));
}
