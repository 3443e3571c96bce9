/**
 * The arithmetic a stored table must satisfy, measured with the very identities the rules judge
 * (src/reconcile/identities.ts): total = Σ类, 类 = Σ款, 款 = Σ项, 合计 = 基本 + 项目 (and the finer splits),
 * 基本 = 人员 + 公用, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营, 收入总计 = 支出总计, 三公 合计 = 出国 + 接待 +
 * 公车, 公车 = 购置 + 运行. Here the tables come back from the database a real ingest wrote.
 */
import type Database from 'better-sqlite3';
import type { BudgetTable, LineItem, ThreePublicFigure, ThreePublicItem } from '../../src/model/index.js';
import { isGrandTotalName } from '../../src/vocab/total-words.js';
import {
  balanceIdentity, hierarchyIdentities, outcomeOf, splitIdentities, threePublicIdentities, totalIdentities,
  type Identity, type Outcome,
} from '../../src/reconcile/identities.js';
import { rowsOfTable, type Row } from '../../src/reconcile/context.js';

export type { Outcome };

export interface IdentityResult {
  identity: string;
  /** What was compared, in the document's words (code and name, measure). */
  subject: string;
  expected: number;
  actual: number;
  outcome: Outcome;
}

const label = (r: Pick<Row, 'code' | 'name'>) => `${r.code ?? ''} ${r.name}`.trim();

function result(i: Identity, subject: string): IdentityResult {
  return { identity: i.name, subject, expected: i.whole.fen ?? 0, actual: i.parts.reduce((s, p) => s + (p.fen ?? 0), 0), outcome: outcomeOf(i) };
}

/** Every identity of a table, as the rules check it, with its outcome. */
export function tableIdentities(table: BudgetTable): IdentityResult[] {
  const rows = rowsOfTable(table);
  const balance = balanceIdentity(table, rows);
  return [
    ...hierarchyIdentities(table, rows).map((i) => result(i, `${label(i.parent)} ${i.measure}`)),
    ...totalIdentities(table, rows).map((i) => result(i, `${i.totalRow.name} ${i.measure}`)),
    ...splitIdentities(table, rows).map((i) => result(i, `${label(i.row)} ${i.split.parent}`)),
    ...(balance?.sameScope ? [result(balance, `${balance.income.name} / ${balance.expenditure.name}`)] : []),
  ];
}

/** 三公 合计 = 出国 + 接待 + 公车 and 公车 = 购置 + 运行, per period, from the table's figures. */
export function threePublicTableIdentities(figures: readonly ThreePublicFigure[]): IdentityResult[] {
  const out: IdentityResult[] = [];
  for (const period of new Set(figures.map((f) => f.period))) {
    const items: Partial<Record<ThreePublicItem, ThreePublicFigure>> = {};
    for (const f of figures) if (f.period === period) items[f.item] ??= f;
    out.push(...threePublicIdentities(items).map((i) => result(i, `${period} ${i.item}`)));
  }
  return out;
}

interface StoredCell {
  table_id: number;
  classification: LineItem['classification'];
  code: string | null;
  name: string;
  measure: string;
  column_path: string | null;
  amount_text: string | null;
  amount_fen: number | null;
  unit: LineItem['amount']['unit'];
  decimals: number | null;
  page: number | null;
  row_kind: LineItem['rowKind'];
  side: LineItem['side'] | null;
  period: LineItem['period'] | null;
  economic_code: string | null;
  gov_economic_code: string | null;
  name_indent: number | null;
}

const placeOf = (page: number | null) => (page != null && page > 0 ? { page } : {});

/** A stored cell as the line item it was written from (the fields the identities read). */
function lineItemOf(c: StoredCell): LineItem {
  return {
    classification: c.classification, code: c.code, name: c.name, measure: c.measure, column: c.column_path ?? c.measure, rowKind: c.row_kind,
    ...(c.economic_code ? { economicCode: c.economic_code } : {}), ...(c.gov_economic_code ? { govEconomicCode: c.gov_economic_code } : {}),
    ...(c.side ? { side: c.side } : {}), ...(c.period ? { period: c.period } : {}), ...(c.name_indent != null ? { indent: c.name_indent } : {}),
    // Not stored: the recogniser marks a 收入总计/支出总计 row by the same words (budget-table.ts), so this does too.
    ...(isGrandTotalName(c.name) ? { grandTotal: true as const } : {}),
    amount: { text: c.amount_text, unit: c.unit, fen: c.amount_fen, decimals: c.decimals ?? 0, place: placeOf(c.page) },
  };
}

/** Databases written before the name's indentation was stored read without it. */
const hasIndent = (db: Database.Database) =>
  (db.prepare("SELECT COUNT(*) AS n FROM pragma_table_info('line_items') WHERE name = 'name_indent'").get() as { n: number }).n > 0;

/** A document's stored tables, rebuilt as the BudgetTables the rules saw, by table id. */
export function storedTables(db: Database.Database, documentId: number): Map<number, BudgetTable> {
  const tables = new Map<number, BudgetTable>();
  for (const t of db.prepare('SELECT id, kind, title, unit, page_from, page_to, is_empty, columns_json FROM budget_tables WHERE document_id = ? ORDER BY id').all(documentId) as Array<{
    id: number; kind: BudgetTable['kind']; title: string; unit: BudgetTable['unit']; page_from: number | null; page_to: number | null; is_empty: number; columns_json: string | null;
  }>) {
    tables.set(t.id, {
      key: `t${t.id}`, kind: t.kind, title: t.title, unit: t.unit, unitStated: true,
      ...(t.page_from ? { pageFrom: t.page_from } : {}), ...(t.page_to ? { pageTo: t.page_to } : {}),
      place: placeOf(t.page_from), columns: t.columns_json ? (JSON.parse(t.columns_json) as BudgetTable['columns']) : [], lineItems: [], empty: !!t.is_empty,
    });
  }
  for (const c of db.prepare(`SELECT table_id, classification, code, name, measure, column_path, amount_text, amount_fen, unit, decimals, page, row_kind, side, period,
    economic_code, gov_economic_code, ${hasIndent(db) ? 'name_indent' : 'NULL AS name_indent'} FROM line_items WHERE document_id = ? ORDER BY id`).all(documentId) as StoredCell[]) {
    tables.get(c.table_id)?.lineItems.push(lineItemOf(c));
  }
  return tables;
}

/** A document's stored 三公 table figures, with the page each was printed on. */
export function storedThreePublic(db: Database.Database, documentId: number): Array<ThreePublicFigure & { page: number | null }> {
  const rows = db.prepare(`SELECT period, item, amount_fen, amount_text, unit, page, text FROM three_public WHERE document_id = ? AND source = 'table' ORDER BY id`).all(documentId) as Array<{
    period: ThreePublicFigure['period']; item: ThreePublicItem; amount_fen: number | null; amount_text: string | null; unit: LineItem['amount']['unit']; page: number | null; text: string | null;
  }>;
  return rows.map((r) => ({
    source: 'table', period: r.period, item: r.item, text: r.text ?? r.item, page: r.page,
    amount: { text: r.amount_text, unit: r.unit, fen: r.amount_fen, decimals: r.amount_text?.split('.')[1]?.length ?? 0, place: placeOf(r.page) },
  }));
}
