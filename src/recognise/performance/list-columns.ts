import type { FormCell } from './rows.js';
import { type IndicatorColumns, roleOfHeader } from './indicator-columns.js';

/**
 * Columns of a project list (one row or row group per project, many projects per table): Guangzhou's
 * 项目名称（资金使用单位）| 总计 | 财政拨款 | … | 绩效目标 | 绩效指标, Changsha's and Beijing's
 * 单位（项目）名称 | 资金总额 | 绩效目标 | 一级指标 … .
 */
export interface ListColumns {
  name: number;
  total: number | null;
  fiscal: number | null;
  other: number | null;
  goal: number | null;
  /** A column of run-on indicator text (no 三级指标 column). */
  runOn: number | null;
  /** Indicator columns by role, when the list has them. */
  indicators: IndicatorColumns | null;
}

const bare = (t: string) => t.replace(/\s+/g, '').replace(/[:：]$/, '');
const NAME = /^(单位[（(])?项目[）)]?名称|^项目名称/;
const TOTAL = /^(项目总额|资金总额|总计|合计|年度资金总额|项目资金总额)$/;
const FISCAL = /^(其中[:：]?)?(财政拨款|财政资金|一般公共预算)$/;
const OTHER = /^其他资金$/;
const GOAL = /^(绩效目标|年度绩效目标|项目绩效目标)$/;
const RUN_ON = /^绩效指标$/;

/** Columns of a list header (its rows merged: a lower header cell names the column under a spanning one). */
export function listColumns(header: readonly FormCell[]): ListColumns | null {
  const byCol = new Map<number, string>();
  for (const c of header) byCol.set(c.col, bare(c.text));
  const find = (re: RegExp) => [...byCol].find(([, t]) => re.test(t))?.[0] ?? null;
  const name = find(NAME);
  const total = find(TOTAL);
  if (name === null || total === null) return null;
  const cols = [...byCol].sort((a, b) => a[0] - b[0]).map(([col, text]) => ({ col, role: roleOfHeader(text) }));
  const hasGrid = cols.some((c) => c.role === 'name') && cols.some((c) => c.role === 'target');
  const runOn = hasGrid ? null : find(RUN_ON);
  if (!hasGrid && runOn === null) return null;
  return {
    name,
    total,
    fiscal: find(FISCAL),
    other: find(OTHER),
    goal: find(GOAL),
    runOn,
    indicators: hasGrid ? { cols } : null,
  };
}
