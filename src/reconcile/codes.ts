import { nameKey } from '../util/cjk.js';
import type { Row } from './context.js';

/**
 * Rows that carry a classification code (function 3/5/7 digits, economic 3/5/7). A code printed on several
 * rows of one table under different names was not read right (split 类|款|项 columns recovered as the 类
 * alone): those rows are left out of every code-based check.
 */
export function codedRows(rows: readonly Row[]): Row[] {
  // Cross-classified detail rows (function x economic) are finer than the coded rows; they are not part of the hierarchy.
  const coded = rows.filter((r) => r.code && r.rowKind !== 'detail' && (r.classification === 'function' || r.classification === 'economic') && [3, 5, 7].includes(r.code.length));
  const names = new Map<string, Set<string>>();
  const key = (r: Row) => `${r.side}|${r.block}|${r.code}`;
  for (const r of coded) names.set(key(r), (names.get(key(r)) ?? new Set()).add(codeNameKey(r.name)));
  return coded.filter((r) => names.get(key(r))!.size === 1);
}

/**
 * The rows of a cross-classified table (one per function code x economic code): no level of a 类/款/项
 * hierarchy, each is a part of its function code's row, where printed, and of the table's total.
 */
export function crossClassifiedRows(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.rowKind === 'detail' && r.code);
}

/** Direct children of a code among the printed codes: the next printed level below it. */
export function childrenOf(code: string, rows: readonly Row[], block?: number): Row[] {
  const below = rows.filter((r) => r.code!.length > code.length && r.code!.startsWith(code) && (block === undefined || r.block === block));
  // A child is a code with no printed code between it and the parent: 3010201 津贴补贴 is a child of 301
  // when 30102 is not printed, beside 30101.
  return below.filter((r) => !below.some((o) => o.code!.length < r.code!.length && r.code!.startsWith(o.code!)));
}

/** Rows whose code has no printed ancestor in the same set: 类 rows, or 项 rows when only those are printed. */
export function topLevel(rows: readonly Row[]): Row[] {
  return rows.filter((r) => !rows.some((o) => o.code!.length < r.code!.length && r.code!.startsWith(o.code!)));
}

/**
 * A key for comparing the names printed for one code: no spaces, no bracketed qualifiers (also a bracket
 * cut off by a narrow column, '行政运行（人力资源和社会保'), no punctuation.
 */
export function codeNameKey(name: string): string {
  return nameKey(name.replace(/[（(][^（()）]*$/, ''));
}

/** Two printed names for one code mean the same: equal keys, or one cut short by a narrow column. */
export function sameCodeName(a: string, b: string): boolean {
  const x = codeNameKey(a);
  const y = codeNameKey(b);
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.startsWith(s);
}

export { classCodeOf, classKey, FUNCTION_CLASSES } from '../vocab/function-class-names.js';
