import type { Amount, BudgetTable, LineItem, ThreePublicFigure, ThreePublicItem } from '../model/index.js';
import { cellOf, measuresOf, periodsOf, rowsOfTable, type ColumnPeriod, type Row } from './context.js';
import { childrenOf, codedRows, crossClassifiedRows, topLevel } from './codes.js';
import { compare, fromAmount, sumOf } from './quantity.js';

/**
 * The arithmetic a table's own figures must satisfy (DOMAIN.md, "Within a table"), found in one place for
 * the rules that judge it (code-hierarchy-sum, table-total-sum, row-split-sum, three-public-sum) and for
 * scripts/corpus-health.ts that counts how many close: the measure measures what the rules judge.
 * Which figures are a whole and which its parts is decided by codes (a child is the next printed code
 * under its parent's prefix, wherever the row stands) and by arithmetic across rows (a 其中 column that
 * the rows' totals do not include is a share, not an addend), not by position or digit count alone.
 */

export type IdentityName =
  | '合计 = Σ类'
  | '合计 = Σ明细'
  | '功能科目 = Σ经济分类'
  | '类 = Σ款'
  | '款 = Σ项'
  | '合计 = 基本 + 项目'
  | '基本 = 人员 + 公用'
  | '基本 = Σ经济分类'
  | '项目 = Σ细分'
  | '合计 = 一般公共预算 + 政府性基金 + 国有资本经营'
  | '收入总计 = 支出总计'
  | '三公 合计 = 出国 + 接待 + 公车'
  | '公车 = 购置 + 运行';

export type Outcome = 'exact' | 'rounding' | 'fails';

/** One identity found in a table: a printed whole and the printed parts it must equal. */
export interface Identity {
  name: IdentityName;
  whole: Amount;
  parts: Amount[];
}

/** Whether the whole equals its parts exactly, within the rounding their printed places allow, or not. */
export function outcomeOf(i: Identity): Outcome {
  const v = compare(fromAmount(i.whole, ''), sumOf(i.parts.map((p) => fromAmount(p, '')), '', i.whole.unit));
  return v === 'equal' ? 'exact' : v === 'rounding' ? 'rounding' : 'fails';
}

// ---------------------------------------------------------------- code hierarchy

export interface HierarchyIdentity extends Identity {
  name: '类 = Σ款' | '款 = Σ项' | '功能科目 = Σ经济分类';
  /** The children are the parent's rows per economic code in a cross-classified table, not sub-codes. */
  crossClassified: boolean;
  parent: Row;
  children: Row[];
  measure: string;
  period: ColumnPeriod;
  /** The parent's cell and the children's cells in the same column. */
  cell: LineItem;
  childCells: { row: Row; item: LineItem }[];
}

/**
 * 类 = Σ款 and 款 = Σ项: a parent's children are the next printed codes under its prefix in the same block,
 * side and scheme, wherever they stand in the table (side-by-side 人员经费 | 公用经费 panels are stored row by
 * row); a local 7-digit sub-code (3010201) is a child of the 类 when its 款 (30102) is not printed. In a
 * cross-classified table (a row per function code x economic code), a function code's own row, where the
 * layout prints one, is the sum of its economic rows.
 */
export function hierarchyIdentities(table: BudgetTable, rows: readonly Row[] = rowsOfTable(table)): HierarchyIdentity[] {
  const out: HierarchyIdentity[] = [];
  const coded = codedRows(rows);
  const cross = crossClassifiedRows(rows);
  for (const parent of coded) {
    const details = parent.classification === 'function' ? cross.filter((r) => r.code === parent.code && r.side === parent.side && r.block === parent.block) : [];
    const codedKids = details.length ? details : childrenOf(parent.code!, coded.filter((r) => r.classification === parent.classification && r.side === parent.side), parent.block);
    if (!codedKids.length) continue;
    const kids = details.length ? codedKids : [...codedKids, ...uncodedSiblings(parent, codedKids, rows)];
    const level = details.length ? '功能科目 = Σ经济分类' : parent.code!.length <= 3 ? '类 = Σ款' : '款 = Σ项';
    for (const period of periodsOf(table)) {
      for (const measure of measuresOf(table)) {
        const cell = cellOf(parent, measure, period);
        if (!cell) continue;
        const childCells = kids.flatMap((row) => {
          const item = cellOf(row, measure, period);
          return item ? [{ row, item }] : [];
        });
        // A blank parent over blank children says nothing.
        if (cell.amount.text === null && childCells.every((c) => !c.item.amount.fen)) continue;
        out.push({ name: level, crossClassified: details.length > 0, parent, children: kids, measure, period, cell, childCells, whole: cell.amount, parts: childCells.map((c) => c.item.amount) });
      }
    }
  }
  return out;
}

/** Points of x within which two names are printed at the same indentation. */
const INDENT_TOLERANCE = 3;

const indentOf = (r: Row): number | undefined => r.items.find((i) => i.indent !== undefined)?.indent;

/**
 * Under a parent whose children are printed by names only (Hangzhou's 收支总表), a row the catalogue could not
 * code (社会工作事务, a 款 no harvested document printed a code for) but printed at the indentation of its coded
 * siblings is one of them: its figure is part of the parent's sum. Rows deeper than the siblings are their own
 * children and not parts. Only item rows after the parent, up to the next row outside it (another code not
 * under it, a total), on the same side; only where every coded child shares one indentation.
 */
export function uncodedSiblings(parent: Row, codedKids: readonly Row[], rows: readonly Row[]): Row[] {
  const indents = codedKids.map(indentOf);
  if (indents.some((x) => x === undefined)) return [];
  const at = indents[0]!;
  const own = indentOf(parent);
  if (own === undefined || at <= own + INDENT_TOLERANCE) return [];
  if (indents.some((x) => Math.abs(x! - at) > INDENT_TOLERANCE)) return [];
  const out: Row[] = [];
  for (const r of rows.slice(rows.indexOf(parent) + 1)) {
    if (r.code) {
      if (r.code.length <= parent.code!.length || !r.code.startsWith(parent.code!)) break;
      continue;
    }
    if (r.rowKind === 'total') break;
    if (r.rowKind !== 'item' || r.side !== parent.side || r.block !== parent.block) continue;
    const x = indentOf(r);
    // A row at the parent's own indentation or left of it ends the parent (the next 款 of a 类).
    if (x !== undefined && own !== undefined && x <= own + INDENT_TOLERANCE) break;
    if (x !== undefined && Math.abs(x - at) <= INDENT_TOLERANCE) out.push(r);
  }
  return out;
}

/** Whether an uncoded row under `parent` is placed by indentation: a sibling of its coded children, or deeper. */
export function placedByIndent(row: Row, codedKids: readonly Row[]): boolean {
  const x = indentOf(row);
  const at = codedKids.map(indentOf);
  if (x === undefined || !at.length || at.some((a) => a === undefined)) return false;
  return x >= Math.min(...(at as number[])) - INDENT_TOLERANCE;
}

// ---------------------------------------------------------------- total row = Σ top level

export interface TotalIdentity extends Identity {
  /** 合计 = Σ明细: a cross-classified table printing no function rows of its own, totalled over all its rows. */
  name: '合计 = Σ类' | '合计 = Σ明细';
  /** Summed over every row of a cross-classified table (合计 = Σ明细), not over its top-level codes. */
  crossClassified: boolean;
  side: LineItem['side'];
  measure: string;
  period: ColumnPeriod;
  /** The top-level coded rows summed (类, or 项 when only 项 are printed), and their cells in the column. */
  top: Row[];
  topCells: { row: Row; item: LineItem }[];
  /** The total row compared: among several printed totals (本年支出合计, 支出总计) the one that agrees best. */
  totalRow: Row;
  /** Every printed total of the column, for a reader's message. */
  candidates: { row: Row; item: LineItem }[];
}

/** A table's total row against the sum of its top-level coded rows, one scheme (function, else economic) per side. */
export function totalIdentities(table: BudgetTable, rows: readonly Row[] = rowsOfTable(table)): TotalIdentity[] {
  const out: TotalIdentity[] = [];
  const coded = codedRows(rows);
  // A cross-classified table is no 类/款/项 hierarchy: without function rows of its own, 合计 = Σ of every row.
  const cross = coded.some((r) => r.classification === 'function') ? [] : crossClassifiedRows(rows);
  if (!coded.length && !cross.length) return out;
  const name = cross.length ? '合计 = Σ明细' : '合计 = Σ类';
  const cls = coded.some((r) => r.classification === 'function') ? 'function' : 'economic';
  for (const side of [...new Set((cross.length ? cross : coded).map((r) => r.side))]) {
    const top = cross.length ? cross.filter((r) => r.side === side) : topLevel(coded.filter((r) => r.classification === cls && r.side === side));
    const totals = rows.filter((r) => r.rowKind === 'total' && (side === undefined || r.side === undefined || r.side === side));
    if (!top.length || !totals.length) continue;
    for (const period of periodsOf(table)) {
      for (const measure of measuresOf(table)) {
        const topCells = top.flatMap((row) => {
          const item = cellOf(row, measure, period);
          return item ? [{ row, item }] : [];
        });
        if (!topCells.length) continue;
        const parts = topCells.map((c) => c.item.amount);
        const candidates = totals.flatMap((row) => {
          const item = cellOf(row, measure, period);
          return item && item.amount.text !== null ? [{ row, item }] : [];
        });
        if (!candidates.length) continue;
        const scored = candidates.map((c) => ({ c, o: outcomeOf({ name, whole: c.item.amount, parts }) }));
        const best = scored.find((s) => s.o === 'exact') ?? scored.find((s) => s.o === 'rounding') ?? scored[0];
        out.push({ name, crossClassified: cross.length > 0, side, measure, period, top, topCells, totalRow: best.c.row, candidates, whole: best.c.item.amount, parts });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- splits of a row across its columns

export interface Split {
  name: IdentityName;
  parent: string;
  children: readonly string[];
  /** The split applies only where the table prints none of these columns. */
  unless?: readonly string[];
}

/** Column splits a row must satisfy: parent = Σ children, where the table prints all of them. */
export const SPLITS: readonly Split[] = [
  { name: '合计 = 基本 + 项目', parent: 'total', children: ['basic', 'project'] },
  // 基本 printed only as its two parts beside 项目.
  { name: '合计 = 基本 + 项目', parent: 'total', children: ['personnel', 'public_funds', 'project'], unless: ['basic'] },
  { name: '基本 = Σ经济分类', parent: 'basic', children: ['wages', 'goods_services', 'household_transfers'] },
  { name: '基本 = Σ经济分类', parent: 'basic', children: ['wages', 'goods_services', 'household_transfers', 'capital'] },
  { name: '基本 = 人员 + 公用', parent: 'basic', children: ['personnel', 'public_funds'] },
  // A basic-expenditure table prints 合计 | 人员经费 | 公用经费.
  { name: '基本 = 人员 + 公用', parent: 'total', children: ['personnel', 'public_funds'], unless: ['basic', 'project'] },
  { name: '项目 = Σ细分', parent: 'project', children: ['project_general', 'project_special', 'project_other'] },
  { name: '合计 = 一般公共预算 + 政府性基金 + 国有资本经营', parent: 'total', children: ['gpb', 'gov_fund', 'soe'] },
  { name: '合计 = 一般公共预算 + 政府性基金 + 国有资本经营', parent: 'fiscal_appropriation', children: ['gpb', 'gov_fund', 'soe'] },
];

/**
 * Spending columns printed beside 基本 and 项目 (事业单位经营支出, 上缴上级支出, 对附属单位补助支出): addends of
 * 合计 in some templates, shares of it (under 其中, or printed without one) in others. Which, the rows decide.
 */
const SPENDING_EXTRAS = ['operating_expenditure', 'remit_to_superior', 'subsidies_to_affiliates'];

/**
 * Money from other sources: where a table prints one of these columns, its 合计 is more than the three
 * appropriations (收入总表: 上年结转, 事业收入, 其他收入 ...), so total = gpb + fund + SOE does not hold.
 */
const OTHER_SOURCES = /^(carryover.*|current_income|special_account_funds|unit_funds|business_income|operating_income|superior_subsidy|affiliate_income|other_income|other_funds|admin_fees|special_revenue|state_asset_income|housing_fund|fiscal_appropriation)$/;

export interface SplitIdentity extends Identity {
  split: Split;
  row: Row;
  period: ColumnPeriod;
  cell: LineItem;
  /** Each child column of the split with the row's cell in it (absent when the row prints none). */
  childCells: { measure: string; item: LineItem | undefined }[];
}

/** Rows that carry an expenditure split (the income side of a two-sided table prints totals only). */
const splitRows = (rows: readonly Row[]) => rows.filter((r) => r.side !== 'income');

function splitsOf(measures: ReadonlySet<string>): Split[] {
  const applies = (s: Split) =>
    measures.has(s.parent) && s.children.every((c) => measures.has(c)) && !(s.unless ?? []).some((m) => measures.has(m)) &&
    !(s.parent === 'total' && s.children.includes('gpb') && [...measures].some((m) => OTHER_SOURCES.test(m)));
  // The widest split a table prints wins: basic = wages + goods + household (+ capital when printed).
  return SPLITS.filter(applies).filter(
    (s, _, all) => !all.some((o) => o !== s && o.parent === s.parent && o.children.length > s.children.length && s.children.every((c) => o.children.includes(c))),
  );
}

/**
 * 合计 = 基本 + 项目, with the extra spending columns as addends only where that is what the rows print:
 * counted over the rows that print a non-zero extra, the reading under which more rows close wins
 * (on a tie, 合计 = 基本 + 项目 as the standard tables define it).
 */
function withSpendingExtras(split: Split, table: BudgetTable, rows: readonly Row[], measures: ReadonlySet<string>): Split {
  const extras = SPENDING_EXTRAS.filter((m) => measures.has(m));
  if (split.parent !== 'total' || !split.children.includes('project') || !extras.length) return split;
  const wider: Split = { ...split, children: [...split.children, ...extras] };
  let narrowCloses = 0;
  let widerCloses = 0;
  for (const row of splitRows(rows)) {
    for (const period of periodsOf(table)) {
      const total = cellOf(row, 'total', period);
      if (!total || total.amount.text === null || !extras.some((m) => cellOf(row, m, period)?.amount.fen)) continue;
      const parts = (s: Split) => s.children.flatMap((m) => cellOf(row, m, period)?.amount ?? []);
      if (outcomeOf({ name: split.name, whole: total.amount, parts: parts(split) }) !== 'fails') narrowCloses++;
      if (outcomeOf({ name: split.name, whole: total.amount, parts: parts(wider) }) !== 'fails') widerCloses++;
    }
  }
  return widerCloses > narrowCloses ? wider : split;
}

/** Every row's splits across its columns (合计 = 基本 + 项目, 基本 = 人员 + 公用, the three appropriations ...). */
export function splitIdentities(table: BudgetTable, rows: readonly Row[] = rowsOfTable(table)): SplitIdentity[] {
  const out: SplitIdentity[] = [];
  const measures = measuresOf(table);
  const splits = splitsOf(measures).map((s) => withSpendingExtras(s, table, rows, measures));
  for (const row of splitRows(rows)) {
    for (const period of periodsOf(table)) {
      for (const split of splits) {
        const cell = cellOf(row, split.parent, period);
        if (!cell) continue;
        const childCells = split.children.map((measure) => ({ measure, item: cellOf(row, measure, period) }));
        // A row that prints none of the split's columns has no split; a blank row says nothing.
        if (childCells.every((c) => c.item === undefined)) continue;
        if (cell.amount.text === null && childCells.every((c) => !c.item || c.item.amount.text === null)) continue;
        out.push({ name: split.name, split, row, period, cell, childCells, whole: cell.amount, parts: childCells.flatMap((c) => (c.item ? [c.item.amount] : [])) });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- 收入总计 = 支出总计

export interface BalanceIdentity extends Identity {
  name: '收入总计 = 支出总计';
  income: Row;
  expenditure: Row;
  /** Only one side's 总计 row was read: 本年支出合计 leaves out 年终结转结余, so the two are not meant to be equal. */
  sameScope: boolean;
}

/** The grand total row of one side: the one printed as 总计, else the last total row. */
const isGrandTotal = (r: Row): boolean => r.items.some((i) => i.grandTotal === true);
const grandTotal = (rows: Row[]): Row | undefined => rows.find(isGrandTotal) ?? rows[rows.length - 1];

/** A two-sided summary table's income total against its expenditure total. */
export function balanceIdentity(table: BudgetTable, rows: readonly Row[] = rowsOfTable(table)): BalanceIdentity | null {
  if (table.kind !== 'income_expenditure_summary' && table.kind !== 'fiscal_appropriation_summary') return null;
  const totals = rows.filter((r) => r.rowKind === 'total');
  const income = grandTotal(totals.filter((r) => r.side === 'income'));
  const expenditure = grandTotal(totals.filter((r) => r.side === 'expenditure'));
  if (!income || !expenditure) return null;
  const inCell = cellOf(income, 'total') ?? income.items[0];
  const outCell = cellOf(expenditure, 'total') ?? expenditure.items[0];
  if (!inCell || !outCell || (inCell.amount.text === null && outCell.amount.text === null)) return null;
  return { name: '收入总计 = 支出总计', income, expenditure, sameScope: isGrandTotal(income) === isGrandTotal(expenditure), whole: outCell.amount, parts: [inCell.amount] };
}

/** Every identity of a budget table, as the rules check them. */
export function tableIdentities(table: BudgetTable, rows: readonly Row[] = rowsOfTable(table)): Identity[] {
  const balance = balanceIdentity(table, rows);
  return [...hierarchyIdentities(table, rows), ...totalIdentities(table, rows), ...splitIdentities(table, rows), ...(balance?.sameScope ? [balance] : [])];
}

// ---------------------------------------------------------------- 三公

export interface ThreePublicIdentity extends Identity {
  name: '三公 合计 = 出国 + 接待 + 公车' | '公车 = 购置 + 运行';
  item: ThreePublicItem;
  whole: Amount;
  figure: ThreePublicFigure;
  partFigures: { item: ThreePublicItem; figure: ThreePublicFigure }[];
}

type Figures = Partial<Record<ThreePublicItem, ThreePublicFigure>>;

/**
 * 三公 合计 = 出国 + 接待 + 公车 and 公车 = 购置 + 运行 over one source and period's figures. A blank 公车 小计
 * over printed 购置 and 运行 is not printed, not zero: the total is checked against 购置 + 运行 and the 小计 not at all.
 * (The narrative's one-part vehicle statement is the rule's to judge; it is returned like any other.)
 */
export function threePublicIdentities(items: Figures): ThreePublicIdentity[] {
  const out: ThreePublicIdentity[] = [];
  const add = (name: ThreePublicIdentity['name'], item: ThreePublicItem, parts: ThreePublicItem[]) => {
    const figure = items[item];
    const partFigures = parts.flatMap((p) => (items[p] ? [{ item: p, figure: items[p]! }] : []));
    if (!figure || figure.amount.text === null || partFigures.length !== parts.length) return;
    out.push({ name, item, figure, partFigures, whole: figure.amount, parts: partFigures.map((p) => p.figure.amount) });
  };
  const vehicleParts = (['vehicle_purchase', 'vehicle_operation'] as const).filter((k) => items[k]);
  const vehicleBlank = items.vehicle_total?.amount.text === null && vehicleParts.length > 0;
  add('三公 合计 = 出国 + 接待 + 公车', 'total', ['outbound', 'reception', ...(items.vehicle_total && !vehicleBlank ? ['vehicle_total' as const] : ['vehicle_purchase' as const, 'vehicle_operation' as const])]);
  if (vehicleParts.length) add('公车 = 购置 + 运行', 'vehicle_total', [...vehicleParts]);
  return out;
}
