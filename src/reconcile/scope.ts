import type { BudgetTable, LineItem } from '../model/index.js';
import { cellOf, totalRows, type ReconcileContext } from './context.js';

/** The cells of a table's total rows in one column (several when the table prints 本年合计 and 总计). */
export function totalCells(ctx: ReconcileContext, table: BudgetTable, measure: string, side?: 'income' | 'expenditure'): LineItem[] {
  return totalRows(ctx, table, side)
    .map((r) => cellOf(r, measure, undefined) ?? cellOf(r, measure, ctx.docType === 'final_accounts' ? 'final' : 'budget'))
    .filter((c): c is LineItem => c !== undefined);
}

const nonZero = (items: readonly LineItem[]) => items.some((i) => (i.amount.fen ?? 0) !== 0);

/**
 * Whether all of the department's money is general-budget money, so that the expenditure summary and the
 * general-budget table must agree cell by cell. null when the document does not say.
 */
export function gpbOnly(ctx: ReconcileContext): boolean | null {
  for (const t of ctx.tablesOf('gov_fund', 'soe_capital')) if (nonZero(t.lineItems)) return false;
  for (const t of ctx.tablesOf('fiscal_appropriation_summary')) {
    if (nonZero([...totalCells(ctx, t, 'gov_fund', 'expenditure'), ...totalCells(ctx, t, 'soe', 'expenditure')])) return false;
  }
  const [summaries, gpbs] = [ctx.tablesOf('expenditure_summary'), ctx.tablesOf('gpb_expenditure')];
  if (summaries.length !== 1 || gpbs.length !== 1) return null;
  const summary = totalCells(ctx, summaries[0], 'total');
  const gpb = totalCells(ctx, gpbs[0], 'total');
  if (!summary.length || !gpb.length) return null;
  return summary.some((s) => gpb.some((g) => s.amount.fen === g.amount.fen));
}
