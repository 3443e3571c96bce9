import type { BudgetTable, Cell, GridRow, LineItem, Period, ThreePublicFigure, ThreePublicItem, Unit } from '../../model/index.js';
import { headerPaths } from '../header.js';
import { isColumnNumberRow } from '../rows.js';
import { amountFromCell, isAmountText } from '../../util/money.js';
import { filled, type Item } from '../rows.js';
import type { TableSection } from '../sections.js';
import { pageSpan, withReading } from './budget-table.js';

/** The 三公 table, printed with the items as rows (a column per period) or as columns (a row per period). */

const FUND_NAME = /一般公共预算|政府性基金(预算)?|国有资本经营(预算)?|财政拨款/g;
const OTHER_FUND = /政府性基金|国有资本/;

export function threePublicItemOf(label: string): ThreePublicItem | null {
  const t = label.replace(/\s+/g, '');
  if (/机关运行/.test(t)) return null; // 机关运行经费 is printed beside 三公, not one of them
  if (/^(合计|总计)|三公.*(合计|总计)?$/.test(t) && !/出国|接待|用车|公车/.test(t)) return 'total';
  if (/购置(及|和)运行|用车费$|公车费$/.test(t)) return 'vehicle_total';
  if (/出国|出境/.test(t)) return 'outbound';
  if (/接待/.test(t)) return 'reception';
  if (/购置/.test(t)) return 'vehicle_purchase';
  if (/运行/.test(t)) return 'vehicle_operation';
  if (/用车|公车/.test(t)) return 'vehicle_total';
  return null;
}

/** Leaf columns of a space-separated 三公 header: a group word (公务用车购置及运行费) splits into 小计/购置费/运行费. */
function spacedLeaves(lines: readonly string[]): Array<{ item: ThreePublicItem; label: string }> {
  const top: Array<{ item: ThreePublicItem; label: string }> = [];
  let subs: Array<{ item: ThreePublicItem; label: string }> = [];
  for (const line of lines) {
    const tokens = line.split(/\s+/).filter(Boolean);
    if (tokens[0] === '小计') {
      subs = tokens.map((t) => ({ item: t === '小计' ? 'vehicle_total' : (threePublicItemOf(t) ?? 'vehicle_total'), label: t }));
      continue;
    }
    for (const t of tokens) {
      const item = threePublicItemOf(t);
      if (item && !/预算数|决算数/.test(t)) top.push({ item, label: t });
    }
  }
  const v = top.findIndex((l) => l.item === 'vehicle_total');
  if (v >= 0 && subs.length) top.splice(v, 1, ...subs);
  return top;
}

/**
 * A column's period from its header words: 预算数/决算数 and 上年, and a year against the document's fiscal
 * year ('2025年预算数' beside '2026年预算数' in a 2026 budget is last year's: the document's own year is current).
 */
function columnPeriod(segments: readonly string[], opts: { isFinalDoc: boolean; fiscalYear?: number | null }): Period | null {
  const word = segments.find((seg) => /预算数|决算数|^预算$|^决算$|上年|^\d{4}\s*年/.test(seg.trim()));
  if (!word) return null;
  // The year may head its own segment above the 预算数/决算数 word.
  const year = segments.find((seg) => /^\d{4}\s*年/.test(seg.trim()));
  return periodOfHeader(year && year !== word ? `${year}${word}` : word, opts.isFinalDoc, opts.fiscalYear);
}

/**
 * The period a header names: 预算/决算 say which kind of figure; 上年, or a year before the document's own
 * (a two-year table: '2025年预算数 | 2026年预算数' in a 2026 budget), says it is the prior year's.
 */
export function periodOfHeader(text: string, isFinalDoc: boolean, fiscalYear?: number | null): Period {
  const t = text.replace(/\s+/g, '');
  const year = /(\d{4})年/.exec(t)?.[1];
  const prior = /上年|上一年/.test(t) || (year !== undefined && fiscalYear != null && Number(year) < fiscalYear);
  const final = /决算/.test(t) || (!/预算/.test(t) && isFinalDoc);
  return final ? (prior ? 'prior_final' : 'final') : prior ? 'prior_budget' : 'budget';
}

export function recogniseThreePublicTable(
  section: TableSection,
  opts: { key: string; unit: Unit; unitStated: boolean; isFinalDoc: boolean; fiscalYear?: number | null },
): { table: BudgetTable; figures: ThreePublicFigure[] } {
  const rows = section.items.filter((i): i is Extract<Item, { kind: 'row' }> => i.kind === 'row').map((i) => i.row);
  const items: LineItem[] = [];
  const figures: ThreePublicFigure[] = [];
  const add = (label: string, item: ThreePublicItem, period: Period, column: string, cell: Cell, asFigure = true) => {
    const amount = amountFromCell(cell.text, opts.unit, cell.place, cell.confidence);
    if (!amount) return;
    items.push({ classification: 'other', code: null, name: label, measure: period, column, rowKind: item === 'total' ? 'total' : 'item', amount });
    if (asFigure) figures.push({ source: 'table', period, item, amount, text: label });
  };
  const rowLabels = rows.map((r) => r.cells.find((c) => c.text && !isAmountText(c.text))?.text ?? '');
  const vertical = rowLabels.filter((l) => threePublicItemOf(l)).length >= 3;
  if (vertical) {
    // Header: the first row without an item label; its cells name the period of each column.
    const headerRow = rows.find((r, i) => !threePublicItemOf(rowLabels[i]) && filled(r).length >= 1);
    const columnPeriod = new Map<number, { period: Period; text: string; otherFund: boolean }>();
    // A fund's name (一般公共预算, 政府性基金预算) says where the money comes from, not which period: its 预算 is no period word.
    headerRow?.cells.forEach((c) => c.text && !/^项目$/.test(c.text) && columnPeriod.set(c.col, {
      period: periodOfHeader(c.text.replace(FUND_NAME, ''), opts.isFinalDoc, opts.fiscalYear),
      text: c.text,
      otherFund: OTHER_FUND.test(c.text),
    }));
    rows.forEach((r, i) => {
      const item = threePublicItemOf(rowLabels[i]);
      if (!item) return;
      const labelCell = r.cells.find((c) => c.text === rowLabels[i])!;
      const amountCells = r.cells.filter((c) => c.col > labelCell.col && (isAmountText(c.text) || !c.text));
      const cols = columnPeriod.size ? [...columnPeriod.keys()] : amountCells.map((c) => c.col);
      for (const col of cols.length ? cols : [labelCell.col + 1]) {
        const cell = r.cells.find((c) => c.col === col) ?? { ...labelCell, text: '', col };
        const p = columnPeriod.get(col) ?? { period: opts.isFinalDoc ? 'final' : 'budget', text: '', otherFund: false };
        // Columns by fund (合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, Guangzhou): 三公 is general-budget
        // money, so the other funds' columns stay line items, not 三公 figures.
        add(rowLabels[i], item, p.period, p.text, cell, !p.otherFund);
      }
    });
  } else if (rows.length && section.items.every((i) => i.kind !== 'row' || i.strategy === 'spaced') && !rows.some((r) => filled(r).some((t) => threePublicItemOf(t)))) {
    // Space-separated text: header words on lines above, one row of figures per period.
    const firstRow = section.items.findIndex((i) => i.kind === 'row');
    const lines = (items: Item[]) => items.filter((i) => i.kind === 'line').map((i) => (i.kind === 'line' ? i.text : ''));
    const leaves = spacedLeaves(lines(section.items.slice(0, firstRow)));
    const headerLines = lines(section.items);
    for (const r of rows) {
      const amounts = r.cells.filter((c) => isAmountText(c.text));
      const label = r.cells.find((c) => c.text && !isAmountText(c.text))?.text ?? '';
      const period = label ? periodOfHeader(label, opts.isFinalDoc, opts.fiscalYear) : periodOfHeader(headerLines.join(' '), opts.isFinalDoc);
      amounts.forEach((cell, k) => leaves[k] && add(leaves[k].label, leaves[k].item, period, leaves[k].label, cell));
      // Items the header names but no figure fills (a column lost in extraction) are blank, not absent.
      const named = new Set(leaves.slice(0, amounts.length).map((l) => l.item));
      for (const line of headerLines) {
        for (const token of line.split(/\s+/)) {
          const it = threePublicItemOf(token);
          if (it && !named.has(it) && it !== 'total') {
            named.add(it);
            add(token, it, period, token, { ...r.cells[0], text: '' });
          }
        }
      }
    }
  } else {
    // Items as columns: header rows (periods above items above 小计/购置/运行), then a row per period or per unit.
    const firstData = rows.findIndex((r) => r.cells.some((c) => isAmountText(c.text)) && !isColumnNumberRow(r));
    const headerRows = rows.slice(0, Math.max(firstData, 0)).filter((r) => !isColumnNumberRow(r));
    const width = Math.max(0, ...rows.map((r) => Math.max(0, ...r.cells.map((c) => c.col + c.colSpan))));
    const paths = headerPaths(headerRows, width);
    const colItem = new Map<number, { item: ThreePublicItem; label: string; period: Period | null; otherFund: boolean }>();
    // Where a 三公 group sits beside 会议费/培训费, the outer 合计 includes them: only the group's own columns count.
    const grouped = paths.some((p) => p.split('/').slice(0, -1).some((seg) => /三公/.test(seg)) && p.split('/').length > 1 && !/三公/.test(p.split('/').at(-1)!));
    paths.forEach((path, col) => {
      const segments = path.split('/');
      if (grouped && !segments.some((seg) => /三公/.test(seg))) return;
      if (segments.some((seg) => /增减|变化|增长/.test(seg))) return;
      for (let i = segments.length - 1; i >= 0; i--) {
        const item = /^小计$/.test(segments[i]) ? null : threePublicItemOf(segments[i]);
        if (!item) continue;
        // Items split by fund (一般公共预算 | 政府性基金预算 | 国有资本经营预算, Shenzhen): 三公 is general-budget money,
        // so the other funds' columns stay line items, not 三公 figures.
        colItem.set(col, { item, label: segments[i], period: columnPeriod(segments, opts), otherFund: segments.some((seg) => OTHER_FUND.test(seg)) });
        break;
      }
    });
    const dataRows = rows.slice(Math.max(firstData, 0)).filter((r) => r.cells.some((c) => isAmountText(c.text)) && !isColumnNumberRow(r));
    const labelOf = (r: GridRow) => r.cells.find((c) => c.text && !isAmountText(c.text))?.text ?? '';
    // One row per period is the usual shape; one row per unit (department, then its units) keeps only the
    // department's row as 三公 figures: every row still becomes line items.
    const byPeriod = dataRows.some((r) => /预算|决算|上年/.test(labelOf(r)));
    const totalRow = dataRows.find((r) => /^(合计|总计|部门合计)/.test(labelOf(r).replace(/\s+/g, ''))) ?? dataRows[0];
    // Rows per unit and year (Shenzhen: 2025年 / 2026年 / 增减变化金额 under each unit): the department's
    // first block gives the figures, each row's period from its year; the change row is no period.
    const yearOf = (r: GridRow) => r.cells.map((c) => /^(\d{4})\s*年$/.exec(c.text.trim())?.[1]).find(Boolean);
    const byYear = !byPeriod && Boolean(opts.fiscalYear) && dataRows.some((r) => yearOf(r));
    const isChangeRow = (r: GridRow) => r.cells.some((c) => /^增减|变化(金额|情况)?$/.test(c.text.replace(/\s+/g, '')));
    const firstBlock = new Set<GridRow>();
    for (const [i, r] of dataRows.entries()) {
      const unitLabel = r.cells.find((c) => c.text && !isAmountText(c.text) && !yearOf({ ...r, cells: [c] }) && !isChangeRow({ ...r, cells: [c] }));
      if (i > 0 && unitLabel) break;
      firstBlock.add(r);
    }
    for (const r of dataRows) {
      const label = labelOf(r);
      const year = byYear ? yearOf(r) : undefined;
      if (byYear && !year && isChangeRow(r)) continue;
      const asFigure = byYear ? firstBlock.has(r) && Boolean(year) : byPeriod || r === totalRow;
      const yearPeriod: Period | null = year
        ? (Number(year) < opts.fiscalYear! ? (opts.isFinalDoc ? 'prior_final' : 'prior_budget') : opts.isFinalDoc ? 'final' : 'budget')
        : null;
      for (const [col, { item, label: itemLabel, period: colPeriod, otherFund }] of colItem) {
        const cell = r.cells.find((c) => c.col === col);
        const period = colPeriod ?? yearPeriod ?? periodOfHeader(byPeriod ? label : section.title, opts.isFinalDoc);
        if (cell) add(label ? `${label}：${itemLabel}` : itemLabel, item, period, label, cell, asFigure && !otherFund);
      }
    }
  }
  return {
    table: withReading({
      key: opts.key,
      kind: 'three_public',
      title: section.title,
      unit: opts.unit,
      unitStated: opts.unitStated,
      ...pageSpan(section.titlePlace, items.map((i) => i.amount.place)),
      place: section.titlePlace,
      columns: [...new Set(items.map((i) => i.measure))].map((m) => ({ path: m, measure: m })),
      lineItems: items,
      empty: !items.some((i) => i.amount.text !== null),
    }, section),
    figures,
  };
}
