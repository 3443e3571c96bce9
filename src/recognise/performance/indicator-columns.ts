import type { Horizon, Indicator } from '../../model/index.js';
import { level1Of, matchLevel1, matchLevel2 } from './labels.js';
import type { FormCell, FormRow } from './rows.js';

/**
 * What a column of a one-horizon indicator grid holds, from its header word. PDF grids keep their
 * columns, so rows are read by column here rather than by content (see indicator-row.ts for the
 * two-horizon text layouts).
 */
export type ColumnRole = 'level1' | 'level2' | 'name' | 'target' | 'comparator' | 'unit';

const ROLES: readonly [ColumnRole, RegExp][] = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['name', /^三级指标$/],
  ['comparator', /^(指标值类型|(绩效)?指标性质|符号)$/],
  ['unit', /^(绩效)?(度量|计量)单位$/],
  ['target', /^(年度|本年|中期)?(绩效)?指标值$/],
];

/** Header columns in order; `role` null for columns read by nobody (分值, 评分标准, 备注 ...). */
export interface IndicatorColumns {
  cols: { col: number; role: ColumnRole | null }[];
}

/** Header text without spaces and bracketed notes: '年度(/项目)指标值' -> '年度指标值'. */
const bareHeader = (text: string) => text.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');

export function roleOfHeader(text: string): ColumnRole | null {
  const t = bareHeader(text);
  return ROLES.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** The column roles of a header row; null unless it names exactly one 三级指标 and a 指标值. */
export function indicatorColumns(cells: readonly FormCell[]): IndicatorColumns | null {
  const cols = cells.map((c) => ({ col: c.col, role: roleOfHeader(c.text) }));
  const names = cols.filter((c) => c.role === 'name').length;
  if (names !== 1 || !cols.some((c) => c.role === 'target')) return null;
  return { cols };
}

/** The first row of `rows[from..to)` that is a one-horizon indicator header. */
export function findIndicatorColumns(rows: readonly FormRow[], from = 0, to = rows.length): { row: number; columns: IndicatorColumns } | null {
  for (let r = from; r < Math.min(to, rows.length); r++) {
    const columns = indicatorColumns(rows[r].cells);
    if (columns) return { row: r, columns };
  }
  return null;
}

/** Role of a data cell: that of the header column it sits under (the last one starting at or left of it). */
export function roleAt(columns: IndicatorColumns, col: number): ColumnRole | null {
  let role: ColumnRole | null = null;
  let seen = false;
  for (const c of columns.cols) {
    if (c.col > col) break;
    role = c.role;
    seen = true;
  }
  return seen ? role : null;
}

/** What a 度量单位 cell holds when the indicator has no unit (其他, 无, /): not a unit to append. */
const NO_UNIT = /^(其他|其它|无|\/|-|－|—|空)$/;
const FIGURE = /[\d一二两三四五六七八九十百千万]/;

/** 指标值 with its comparator (≥, ≤, ＝) and unit when these have columns of their own: '≥' '95' '%' -> '≥95%'. */
export function composeTarget(value: string | null, comparator: string | null, unit: string | null): string | null {
  if (value === null) return null;
  const cmp = comparator && /^[≥≤=＝＞＜><≦≧]+$/.test(comparator) && !value.startsWith(comparator) ? comparator : '';
  // A unit measures a figure: beside a word target (符合 | 万元, 良好 | 人) it is the form's default, not part of it.
  const u = unit && !NO_UNIT.test(unit.trim()) && FIGURE.test(value) && !value.endsWith(unit) ? unit : '';
  return `${cmp}${value}${u}`;
}

/** 指标性质 from its column: 定性 is qualitative; 定量 or a comparator is quantitative. */
export function natureOf(text: string | null): Indicator['nature'] {
  const t = (text ?? '').replace(/\s+/g, '');
  if (/^定性/.test(t)) return 'qualitative';
  if (/^定量|^[≥≤=＝＞＜><≦≧]+$/.test(t)) return 'quantitative';
  return null;
}

/** The running 一级/二级 of a grid: merged cells print them once for several rows. */
export interface LevelState {
  level1: string | null;
  level2: string | null;
}

/**
 * One indicator from a row's cells by role; null when the row has no 三级 text (a level-only row,
 * a page number, text under the grid). Updates the running levels.
 */
export function indicatorOfRow(
  cells: readonly FormCell[],
  columns: IndicatorColumns,
  state: LevelState,
  horizon: Horizon,
): Indicator | null {
  const by: Partial<Record<ColumnRole, FormCell>> = {};
  for (const c of cells) {
    const role = roleAt(columns, c.col);
    if (role && !by[role]) by[role] = c;
  }
  if (by.level1) {
    state.level1 = matchLevel1(by.level1.text) ?? by.level1.text;
    state.level2 = null;
  }
  if (by.level2) {
    const l2 = matchLevel2(by.level2.text);
    state.level2 = l2?.name ?? by.level2.text;
    if (!by.level1 && l2) state.level1 = level1Of(l2.name) ?? state.level1;
  }
  const name = by.name ?? null;
  if (!name) return null;
  const target = composeTarget(by.target?.text ?? null, by.comparator?.text ?? null, by.unit?.text ?? null);
  return { horizon, level1: state.level1, level2: state.level2, name: name.text, target, nature: natureOf(by.comparator?.text ?? null), place: name.place };
}

/** Indicators of rows `from..to` of a one-horizon grid read by column. */
export function readColumnIndicators(
  rows: readonly FormRow[],
  columns: IndicatorColumns,
  from: number,
  to: number,
  horizon: Horizon = 'annual',
): Indicator[] {
  const state: LevelState = { level1: null, level2: null };
  const out: Indicator[] = [];
  for (let r = from; r < Math.min(to, rows.length); r++) {
    const it = indicatorOfRow(rows[r].cells, columns, state, horizon);
    if (it) out.push(it);
  }
  return out;
}
