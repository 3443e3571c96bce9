import type Database from 'better-sqlite3';

/**
 * The fact rows of the Fiscal Data Package: one row per leaf code (a code with no finer code under it in the
 * same table), so sums over any level of the classification never count a 类 and its 款 twice.
 * Function lines come from each document's 支出总表 (or, failing that, its 一般公共预算支出表); economic lines
 * from the basic-expenditure table. Only the 合计 column is taken, so basic and project are not added to it.
 */

export interface FdpRow {
  document_id: number;
  department: string | null;
  fiscal_year: number | null;
  doc_type: string | null;
  table_kind: string;
  table_title: string;
  classification: 'function' | 'economic';
  class_code: string | null;
  class_name: string | null;
  kuan_code: string | null;
  kuan_name: string | null;
  item_code: string | null;
  item_name: string | null;
  /** Yuan as exact decimal text, from amount_fen. */
  approved: string | null;
  executed: string | null;
  unit: string;
  page: number | null;
}

interface Line {
  document_id: number;
  department: string | null;
  fiscal_year: number | null;
  doc_type: string | null;
  table_id: number;
  table_kind: string;
  table_title: string;
  classification: 'function' | 'economic';
  code: string;
  name: string;
  period: string | null;
  unit: string;
  amount_fen: number | null;
  page: number | null;
}

const LINES_SQL = `
WITH chosen AS (
  SELECT t.id, t.document_id, t.kind, t.title FROM budget_tables t
  WHERE t.kind = 'gpb_basic_by_economic'
     OR t.kind = 'expenditure_summary'
     OR (t.kind = 'gpb_expenditure'
         AND NOT EXISTS (SELECT 1 FROM budget_tables s WHERE s.document_id = t.document_id AND s.kind = 'expenditure_summary'))
)
SELECT li.document_id, d.department, d.fiscal_year, d.doc_type, c.id AS table_id, c.kind AS table_kind,
       c.title AS table_title, li.classification, li.code, li.name, li.period, li.unit, li.amount_fen, li.page
FROM line_items li
JOIN chosen c ON c.id = li.table_id
JOIN documents d ON d.id = li.document_id
WHERE li.measure = 'total' AND li.code IS NOT NULL
  AND li.classification = CASE c.kind WHEN 'gpb_basic_by_economic' THEN 'economic' ELSE 'function' END
  AND (li.side IS NULL OR li.side = 'expenditure')
  AND (li.period IS NULL OR li.period IN ('budget', 'final'))
ORDER BY li.document_id, c.id, li.code, li.id`;

/** Exact yuan text from fen: 123456 -> '1234.56'. */
export function fenToYuan(fen: number | null): string | null {
  if (fen === null) return null;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Budgets are approved figures; final accounts are executed, except their 预算数 columns. */
function phaseOf(l: Line): 'approved' | 'executed' {
  if (l.period === 'budget') return 'approved';
  if (l.period === 'final') return 'executed';
  return l.doc_type === 'final_accounts' ? 'executed' : 'approved';
}

function levels(code: string): [string, string | null, string | null] {
  return [code.slice(0, 3), code.length >= 5 ? code.slice(0, 5) : null, code.length >= 7 ? code.slice(0, 7) : null];
}

export function readFdpRows(db: Database.Database): FdpRow[] {
  const lines = db.prepare(LINES_SQL).all() as Line[];
  const names = new Map<string, string>(); // per table: code -> name, for the labels of parent levels
  for (const l of lines) names.set(`${l.table_id}|${l.code}`, l.name);
  const byTable = new Map<number, Line[]>();
  for (const l of lines) byTable.set(l.table_id, [...(byTable.get(l.table_id) ?? []), l]);

  const rows = new Map<string, FdpRow>();
  for (const [tableId, list] of byTable) {
    // Leaves per phase: a 决算 table may print 项 detail for 决算数 only.
    const codes = { approved: new Set<string>(), executed: new Set<string>() };
    for (const l of list) codes[phaseOf(l)].add(l.code);
    const isLeaf = (l: Line) => ![...codes[phaseOf(l)]].some((c) => c.length > l.code.length && c.startsWith(l.code));
    for (const l of list) {
      if (!isLeaf(l)) continue;
      const key = `${tableId}|${l.code}`;
      const [cls, kuan, item] = levels(l.code);
      const label = (c: string | null) => (c ? (names.get(`${tableId}|${c}`) ?? null) : null);
      const row = rows.get(key) ?? {
        document_id: l.document_id,
        department: l.department,
        fiscal_year: l.fiscal_year,
        doc_type: l.doc_type,
        table_kind: l.table_kind,
        table_title: l.table_title,
        classification: l.classification,
        class_code: cls,
        class_name: label(cls),
        kuan_code: kuan,
        kuan_name: label(kuan),
        item_code: item,
        item_name: label(item),
        approved: null,
        executed: null,
        unit: l.unit,
        page: l.page,
      };
      row[phaseOf(l)] = fenToYuan(l.amount_fen);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}
