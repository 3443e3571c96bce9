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
