import type { BudgetTable, DocType, DocumentFacts, LineItem, TableKind } from '../model/index.js';
import { isGenericTotalHeader } from '../vocab/total-words.js';

/** A printed row of a budget table: its label and its cells (one LineItem per amount column). */
export interface Row {
  table: BudgetTable;
  code: string | null;
  name: string;
  rowKind: LineItem['rowKind'];
  classification: LineItem['classification'];
  side: LineItem['side'];
  /** Which unit's block of a table listing several units (0 for most tables). */
  block: number;
  govEconomicCode?: string;
  items: LineItem[];
}

/** Periods of a table's columns; `undefined` for a table with one set of columns. */
export type ColumnPeriod = LineItem['period'];

/** What every rule may use besides the facts: indexes computed once per document. */
export interface ReconcileContext {
  docType: DocType | null;
  rows(table: BudgetTable): Row[];
  tablesOf(...kinds: TableKind[]): BudgetTable[];
}

/**
 * Groups a table's cells into rows (cells with the same label, kind and side, in order of first cell).
 * A table that lists several units one after another (Xi'an 表7, Shenzhen 支出总表) prints each unit's codes
 * again: a top-level code printed a second time opens a new block, so each unit's rows stay apart.
 */
export function rowsOfTable(table: BudgetTable): Row[] {
  const byKey = new Map<string, Row>();
  const block = new Map<string, number>();
  const lastCode = new Map<string, string>();
  // A coded row printed again within its block with another figure (two units' one-line rows one after the
  // other, no unit name printed between) is a row of its own: the n-th printing of a key.
  const printing = new Map<string, number>();
  for (const item of table.lineItems) {
    const side = item.side ?? '';
    let b = block.get(side) ?? 0;
    const coded = item.code && item.rowKind === 'item' && (item.classification === 'function' || item.classification === 'economic');
    // Both economic schemes printed (50101|30101 and 50501|30101) are different rows.
    const baseKey = (blk: number) => [side, blk, item.rowKind, item.classification, item.code ?? '', item.govEconomicCode ?? '', item.economicCode ?? '', item.name].join('|');
    let base = baseKey(b);
    const keyIn = () => `${base}|${printing.get(base) ?? 0}`;
    // The row is printed again when its block already has this very cell (columns put back later only add cells).
    const printed = byKey.get(keyIn())?.items.find((i) => i.measure === item.measure && i.period === item.period && i.column === item.column);
    const again = printed !== undefined;
    // A row printed twice in a row is one row read in two lines, not a new unit.
    const newBlock = coded && again && lastCode.get(side) !== item.code && isRepeatedTop(byKey, side, b, item.code!);
    if (newBlock) {
      block.set(side, ++b);
      base = baseKey(b);
    }
    // A coded row printed again with another figure, or a cross-classified pair printed on a second row (another
    // unit's, or the same pair twice), is the next printing; the same coded figure again is the same row (a
    // names-only 类 > 款 > 项 chain all named 其他支出 and given the 类's code).
    else if (again && (coded ? printed.amount.fen !== item.amount.fen : item.rowKind === 'detail')) printing.set(base, (printing.get(base) ?? 0) + 1);
    if (coded) lastCode.set(side, item.code!);
    const key = keyIn();
    let row = byKey.get(key);
    if (!row) {
      row = {
        table,
        code: item.code,
        name: item.name,
        rowKind: item.rowKind,
        classification: item.classification,
        side: item.side,
        block: b,
        govEconomicCode: item.govEconomicCode,
        items: [],
      };
      byKey.set(key, row);
    }
    row.items.push(item);
  }
  return [...byKey.values()];
}

/** The code was printed already in this block, and no shorter code of its line is printed in the block. */
function isRepeatedTop(rows: Map<string, Row>, side: string, b: number, code: string): boolean {
  const inBlock = [...rows.values()].filter((r) => (r.side ?? '') === side && r.block === b && r.code && r.rowKind === 'item');
  return inBlock.some((r) => r.code === code) && !inBlock.some((r) => r.code!.length < code.length && code.startsWith(r.code!));
}

export function buildContext(facts: DocumentFacts): ReconcileContext {
  const cache = new Map<BudgetTable, Row[]>();
  return {
    docType: facts.meta.docType,
    rows(table) {
      let rows = cache.get(table);
      if (!rows) cache.set(table, (rows = rowsOfTable(table)));
      return rows;
    },
    tablesOf(...kinds) {
      return facts.tables.filter((t) => kinds.includes(t.kind));
    },
  };
}

/** The cell of a row in a column (measure, and period when the table has several). */
export function cellOf(row: Row, measure: string, period?: ColumnPeriod): LineItem | undefined {
  return row.items.find((i) => i.measure === measure && i.period === period);
}

/**
 * Per-table answers computed once: the sum rules ask for a table's periods and measures for every row,
 * which made them quadratic (a 241-page document spent 0.7 s there). Keyed by the lineItems array and
 * its length, so a table whose cells are replaced (the OCR re-read) is looked at afresh.
 */
function memoPerTable<T>(compute: (table: BudgetTable) => T): (table: BudgetTable) => T {
  const cache = new WeakMap<readonly LineItem[], { length: number; value: T }>();
  return (table) => {
    const hit = cache.get(table.lineItems);
    if (hit && hit.length === table.lineItems.length) return hit.value;
    const value = compute(table);
    cache.set(table.lineItems, { length: table.lineItems.length, value });
    return value;
  };
}

/** The distinct column periods a table has. */
export const periodsOf: (table: BudgetTable) => ColumnPeriod[] = memoPerTable((table) => [...new Set(table.lineItems.map((i) => i.period))]);

/** The measures a table has columns for. */
export const measuresOf: (table: BudgetTable) => ReadonlySet<string> = memoPerTable(
  (table) => new Set([...table.columns.map((c) => c.measure), ...table.lineItems.map((i) => i.measure)]),
);

/** A row as a reader names it: '2080101 行政运行', or the printed label of a total row. */
export function rowLabel(row: Pick<Row, 'code' | 'name'>): string {
  return row.code ? `${row.code} ${row.name}`.trim() : row.name || '（无名称行）';
}

/** A table as a reader names it. */
export function tableLabel(table: BudgetTable): string {
  return `“${table.title}”`;
}

/** Printed readable names of column measures. */
export const MEASURE_NAMES: Record<string, string> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  wages: '工资福利支出',
  goods_services: '商品和服务支出',
  household_transfers: '对个人和家庭的补助',
  capital: '资本性支出',
  personnel: '人员经费',
  public_funds: '公用经费',
  project_general: '一般性项目',
  project_special: '专项项目',
  project_other: '其他项目',
  gpb: '一般公共预算',
  gov_fund: '政府性基金预算',
  soe: '国有资本经营预算',
  government_procurement: '政府采购项目',
};

/** The column's printed header when the table has it, else the usual name of the measure. */
export function columnLabel(table: BudgetTable, measure: string): string {
  const col = table.columns.find((c) => c.measure === measure);
  const printed = col?.path.split('/').pop()?.trim();
  if (printed && /[\u4e00-\u9fff]/.test(printed) && !isGenericTotalHeader(printed)) return printed;
  return MEASURE_NAMES[measure] ?? printed ?? measure;
}

/** The total rows of a table on one side (two-sided tables) or of the whole table. */
export function totalRows(ctx: ReconcileContext, table: BudgetTable, side?: 'income' | 'expenditure'): Row[] {
  return ctx.rows(table).filter((r) => r.rowKind === 'total' && (side === undefined || r.side === undefined || r.side === side));
}
