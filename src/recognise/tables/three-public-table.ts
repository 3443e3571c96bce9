import type { BudgetTable, Cell, LineItem, Period, ThreePublicFigure, ThreePublicItem, Unit } from '../../model/index.js';
import { amountFromCell, isAmountText } from '../../util/money.js';
import { filled, type Item } from '../rows.js';
import type { TableSection } from '../sections.js';

/** The 三公 table, printed with the items as rows (a column per period) or as columns (a row per period). */

export function threePublicItemOf(label: string): ThreePublicItem | null {
  const t = label.replace(/\s+/g, '');
  if (/^(合计|总计)|三公.*(合计|总计)?$/.test(t) && !/出国|接待|用车|公车/.test(t)) return 'total';
  if (/出国|出境/.test(t)) return 'outbound';
  if (/接待/.test(t)) return 'reception';
  if (/购置/.test(t)) return 'vehicle_purchase';
  if (/运行/.test(t)) return 'vehicle_operation';
  if (/用车|公车/.test(t)) return 'vehicle_total';
  return null;
}

export function periodOfHeader(text: string, isFinalDoc: boolean): Period {
  const t = text.replace(/\s+/g, '');
  const prior = /上年|上一年/.test(t);
  if (/决算/.test(t)) return prior ? 'prior_final' : 'final';
  if (/预算/.test(t)) return prior ? 'prior_budget' : 'budget';
  return isFinalDoc ? 'final' : 'budget';
}

export function recogniseThreePublicTable(
  section: TableSection,
  opts: { key: string; unit: Unit; unitStated: boolean; isFinalDoc: boolean },
): { table: BudgetTable; figures: ThreePublicFigure[] } {
  const rows = section.items.filter((i): i is Extract<Item, { kind: 'row' }> => i.kind === 'row').map((i) => i.row);
  const items: LineItem[] = [];
  const figures: ThreePublicFigure[] = [];
  const add = (label: string, item: ThreePublicItem, period: Period, column: string, cell: Cell) => {
    const amount = amountFromCell(cell.text, opts.unit, cell.place, cell.confidence);
    if (!amount) return;
    items.push({ classification: 'other', code: null, name: label, measure: period, column, rowKind: item === 'total' ? 'total' : 'item', amount });
    figures.push({ source: 'table', period, item, amount, text: label });
  };
  const rowLabels = rows.map((r) => r.cells.find((c) => c.text && !isAmountText(c.text))?.text ?? '');
  const vertical = rowLabels.filter((l) => threePublicItemOf(l)).length >= 3;
  if (vertical) {
    // Header: the first row without an item label; its cells name the period of each column.
    const headerRow = rows.find((r, i) => !threePublicItemOf(rowLabels[i]) && filled(r).length >= 1);
    const columnPeriod = new Map<number, { period: Period; text: string }>();
    headerRow?.cells.forEach((c) => c.text && !/^项目$/.test(c.text) && columnPeriod.set(c.col, { period: periodOfHeader(c.text, opts.isFinalDoc), text: c.text }));
    rows.forEach((r, i) => {
      const item = threePublicItemOf(rowLabels[i]);
      if (!item) return;
      const labelCell = r.cells.find((c) => c.text === rowLabels[i])!;
      const amountCells = r.cells.filter((c) => c.col > labelCell.col && (isAmountText(c.text) || !c.text));
      const cols = columnPeriod.size ? [...columnPeriod.keys()] : amountCells.map((c) => c.col);
      for (const col of cols.length ? cols : [labelCell.col + 1]) {
        const cell = r.cells.find((c) => c.col === col) ?? { ...labelCell, text: '', col };
        const p = columnPeriod.get(col) ?? { period: opts.isFinalDoc ? 'final' : 'budget', text: '' };
        add(rowLabels[i], item, p.period, p.text, cell);
      }
    });
  } else {
    // Items as columns: a header row of item names, then one row per period.
    const headerIndex = rows.findIndex((r) => filled(r).filter((t) => threePublicItemOf(t)).length >= 3);
    const header = headerIndex >= 0 ? rows[headerIndex] : null;
    const colItem = new Map<number, { item: ThreePublicItem; label: string }>();
    header?.cells.forEach((c) => {
      const it = threePublicItemOf(c.text);
      if (it) colItem.set(c.col, { item: it, label: c.text });
    });
    // A sub-header row (购置 / 运行 under 公务用车) refines the columns below a merged cell.
    rows.slice(headerIndex + 1).forEach((r) => {
      if (r.cells.some((c) => isAmountText(c.text))) return;
      r.cells.forEach((c) => {
        const it = threePublicItemOf(c.text);
        if (it) colItem.set(c.col, { item: it, label: c.text });
      });
    });
    for (const r of rows.slice(headerIndex + 1)) {
      if (!r.cells.some((c) => isAmountText(c.text))) continue;
      const label = r.cells.find((c) => c.text && !isAmountText(c.text))?.text ?? '';
      const period = periodOfHeader(label || section.title, opts.isFinalDoc);
      for (const [col, { item, label: itemLabel }] of colItem) {
        const cell = r.cells.find((c) => c.col === col);
        if (cell) add(itemLabel, item, period, label, cell);
      }
    }
  }
  return {
    table: {
      key: opts.key,
      kind: 'three_public',
      title: section.title,
      unit: opts.unit,
      unitStated: opts.unitStated,
      place: section.titlePlace,
      columns: [...new Set(items.map((i) => i.measure))].map((m) => ({ path: m, measure: m })),
      lineItems: items,
      empty: !items.some((i) => i.amount.text !== null),
    },
    figures,
  };
}
