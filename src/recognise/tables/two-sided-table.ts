import type { BudgetTable, Cell, GridRow, LineItem, Place } from '../../model/index.js';
import { amountFromCell, isAmountText } from '../../util/money.js';
import { headerPaths } from '../header.js';
import { functionClassCode } from '../function-classes.js';
import { measureOf } from '../measures.js';
import { isColumnNumberRow, type Item } from '../rows.js';
import type { TableSection } from '../sections.js';
import { budgetTableOf, type TableOptions } from './budget-table.js';
import { isTotalName } from './coded-table.js';

/**
 * Two-sided tables (收支总表, 财政拨款收支总表): income items and amounts on the left, expenditure
 * items with one or more amount columns on the right. Rows are read by their labels, not by column
 * index, because merged income cells shift the right side by a column on some rows.
 */

const EXPENDITURE_LABEL = /^[一二三四五六七八九十]+、|^支出(合计|总计)|^本年支出合计|^(结转下年|年末结转)/;
const INCOME_TOTAL = /^(收入(合计|总计)|本年收入合计)/;

/**
 * An unruled layout can glue the income amount to the expenditure label printed just after it
 * ('27,575.13一、一般公共服务支出'): the amount (decimals or thousands separators, so never a year) is the income
 * side's, the rest
 * the expenditure side's label. Split before the row is read, or both sides lose the row.
 */
const GLUED_AMOUNT_LABEL = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+)\s*((?:[一二三四五六七八九十]+、)?[\u4e00-\u9fff].*)$/;

function unglue(cells: readonly Cell[], expenditureStart: number): Cell[] {
  return cells.flatMap((c) => {
    const m = GLUED_AMOUNT_LABEL.exec(c.text);
    if (!m || !isAmountText(m[1])) return [c];
    return [
      { ...c, text: m[1], col: Math.min(c.col, expenditureStart - 1) },
      { ...c, text: m[2], col: Math.max(c.col, expenditureStart) },
    ];
  });
}

function segmentRow(cells: readonly Cell[], expenditureStart: number) {
  // The right side starts at the first label at or after the header's expenditure column; income items
  // are numbered too (一、一般公共预算财政拨款), so the numbering alone cannot tell the sides apart.
  let labelIndex = cells.findIndex((c) => c.text && !isAmountText(c.text) && c.col >= expenditureStart);
  if (labelIndex < 0) labelIndex = cells.findIndex((c, i) => i > 0 && c.text && !isAmountText(c.text) && EXPENDITURE_LABEL.test(c.text) && !/收入|拨款$/.test(c.text));
  const left = labelIndex < 0 ? cells : cells.slice(0, labelIndex);
  const right = labelIndex < 0 ? [] : cells.slice(labelIndex);
  return { left, right };
}

export function recogniseTwoSidedTable(section: TableSection, opts: TableOptions): BudgetTable {
  const rows = section.items.filter((i): i is Extract<Item, { kind: 'row' }> => i.kind === 'row');
  const firstData = rows.findIndex((r) => !isColumnNumberRow(r.row) && (r.row.cells.some((c) => isAmountText(c.text)) || r.row.cells.some((c) => EXPENDITURE_LABEL.test(c.text))));
  // The 栏次 row (栏次 | 1 | 栏次 | 2 | 3 ...) numbers the columns: it is no header word.
  const header: GridRow[] = rows.slice(0, Math.max(firstData, 0)).map((r) => r.row).filter((r) => !isColumnNumberRow(r));
  const width = Math.max(0, ...rows.map((r) => Math.max(...r.row.cells.map((c) => c.col + 1))));
  const paths = headerPaths(header, width);
  // The expenditure side starts at the second 项目 column of the header (the first is income's).
  const itemCols = paths.map((p, i) => (/项目$/.test(p) ? i : -1)).filter((i) => i >= 0);
  const expenditureStart = itemCols[1] ?? itemCols[0] ?? 2;
  // 行次/栏次 columns number the lines; they are not amounts.
  const lineNumberCols = new Set(paths.map((p, i) => (/(^|\/)(行次|栏次)$/.test(p) ? i : -1)).filter((i) => i >= 0));
  const expenditureColumns = paths
    .slice(expenditureStart + 1)
    .filter((_, k) => !lineNumberCols.has(expenditureStart + 1 + k))
    .map((p) => ({ path: p || '金额', measure: measureOf(p) ?? 'total' }));
  if (!expenditureColumns.length) expenditureColumns.push({ path: '金额', measure: 'total' });

  const items: LineItem[] = [];
  const places: Place[] = [section.titlePlace];
  let incomeGroup = '';
  const push = (side: 'income' | 'expenditure', name: string, cell: Cell, column: { path: string; measure: string }, indent?: number) => {
    const amount = amountFromCell(cell.text, opts.unit, cell.place, cell.confidence);
    if (!amount) return;
    // Expenditure rows name the function classes (八、社会保障和就业): give them their 类 code.
    const classCode = side === 'expenditure' ? functionClassCode(name) : null;
    items.push({
      classification: classCode ? 'function' : 'other',
      code: classCode,
      name,
      measure: column.measure,
      column: `${side === 'income' ? '收入' : '支出'}/${column.path}`,
      rowKind: isTotalName(name) || INCOME_TOTAL.test(name) ? 'total' : 'item',
      side,
      amount,
      // The label's indentation tells a 款 from its 项 where both print the same name.
      ...(indent !== undefined ? { indent } : {}),
    });
  };

  for (const { row: printed, place } of rows.slice(Math.max(firstData, 0))) {
    if (isColumnNumberRow(printed)) continue;
    const row = { ...printed, cells: unglue(printed.cells.filter((c) => !lineNumberCols.has(c.col)), expenditureStart) };
    const { left, right } = segmentRow(row.cells, expenditureStart);
    // Income side: label cells, then one amount.
    const labels = left.filter((c) => c.text && !isAmountText(c.text)).map((c) => c.text.replace(/[:：]$/, ''));
    const incomeAmount = [...left].reverse().find((c) => isAmountText(c.text)) ?? left.find((c, i) => i > 0 && !c.text && left[i - 1]?.text);
    if (labels.length) {
      const firstCellEmpty = !left[0]?.text;
      if (!firstCellEmpty && labels.length === 1) incomeGroup = labels[0];
      if (!firstCellEmpty && labels.length >= 2) incomeGroup = labels[0];
      const name = firstCellEmpty && incomeGroup ? `${incomeGroup}/${labels.join('/')}` : labels.join('/');
      if (incomeAmount) push('income', name, incomeAmount, { path: '金额', measure: 'total' });
    }
    // Expenditure side: the label, then amounts in the header's column order (blank cells kept).
    if (right.length) {
      const label = right[0].text.replace(/^[一二三四五六七八九十]+、/, '').replace(/[:：]$/, '');
      right.slice(1, 1 + expenditureColumns.length).forEach((cell, k) => push('expenditure', label, cell, expenditureColumns[k], right[0].textX));
    }
    places.push(place);
  }
  const columns = [{ path: '收入/金额', measure: 'total' }, ...expenditureColumns.map((c) => ({ path: `支出/${c.path}`, measure: c.measure }))];
  return budgetTableOf(section, opts, columns, items, places);
}

