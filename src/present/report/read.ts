import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { Evidence } from '../../model/index.js';
import { safeInt } from './site-paths.js';

/** What the review site shows, read from the database (read-only), one document at a time. */

export interface DocumentRow {
  id: number;
  path: string;
  sha256: string;
  status: string;
  error: string | null;
  source_kind: string | null;
  department: string | null;
  fiscal_year: number | null;
  doc_type: string | null;
  pages: number | null;
  title: string | null;
  ingested_at: string | null;
  errors: number;
  warnings: number;
  infos: number;
  /** The city or province: from the department's name, else the folder the file sits in. */
  region: string | null;
}

export interface TableRow {
  id: number;
  document_id: number;
  kind: string;
  title: string;
  unit: string;
  page_from: number | null;
  page_to: number | null;
  is_empty: number;
  unit_stated: number | null;
  note: string | null;
  columns_json: string | null;
  place_json: string | null;
  /** The reader's parse report (strategy, column roles, identities, confidence) where the database has it. */
  parse_json: string | null;
  line_items: number;
}

export interface LineItemRow {
  id: number;
  table_id: number;
  code: string | null;
  name: string;
  measure: string;
  column_path: string | null;
  amount_text: string | null;
  page: number | null;
  bbox_json: string | null;
  row_kind: string | null;
  side: string | null;
  period: string | null;
  economic_code: string | null;
}

export interface FlagRow {
  id: number;
  document_id: number;
  rule: string;
  severity: string;
  subject: string;
  message: string;
  expected: string | null;
  actual: string | null;
  /** Parsed evidence; null when the stored JSON does not match the contract (then `evidenceRaw` is shown). */
  evidence: Evidence[] | null;
  evidenceRaw: string;
}

const EvidenceList = z.array(Evidence);

export function parseEvidence(raw: string): Evidence[] | null {
  try {
    const parsed = EvidenceList.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** 上海市交通运输局 → 上海; a department without a place name falls back to the folder (…/广州/x.pdf → 广州). */
const PLACE = /^(.{2,8}?)(?:壮族|回族|维吾尔)?(?:省|自治区|特别行政区|市)/;
export function regionOf(department: string | null, title: string | null, docPath: string): string | null {
  for (const name of [department, title]) {
    const m = name ? PLACE.exec(name) : null;
    if (m && !/\d|年|部门|单位/.test(m[1])) return m[1];
  }
  const folder = path.basename(path.dirname(docPath));
  return folder && folder !== '.' && /[\u4e00-\u9fff]/.test(folder) ? folder.replace(/(省|市)$/, '') : null;
}

/** Columns beyond the contract may be missing in an older database: select them only when present. */
function optionalColumns(db: Database.Database, table: string, columns: string[], alias: string): string {
  const have = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  return columns.map((c) => (have.has(c) ? `${alias}.${c}` : `NULL AS ${c}`)).join(', ');
}

export interface ReportDb {
  documents(): DocumentRow[];
  tables(documentId: number): TableRow[];
  lineItems(tableId: number): LineItemRow[];
  flags(documentId: number): FlagRow[];
  /** Every flag of every document, without evidence, for the cross-document view. */
  allFlags(): Omit<FlagRow, 'evidence' | 'evidenceRaw' | 'expected' | 'actual'>[];
  close(): void;
}

export function openReportDb(dbPath: string): ReportDb {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const docCols = optionalColumns(db, 'documents', ['title', 'ingested_at'], 'd');
  const tableCols = optionalColumns(db, 'budget_tables', ['is_empty', 'unit_stated', 'note', 'columns_json', 'place_json', 'parse_json'], 't');
  const itemCols = optionalColumns(db, 'line_items', ['column_path', 'bbox_json', 'row_kind', 'side', 'period', 'economic_code'], 'li');
  const tables = db.prepare(
    `SELECT t.id, t.document_id, t.kind, t.title, t.unit, t.page_from, t.page_to, ${tableCols},
            (SELECT count(*) FROM line_items li WHERE li.table_id = t.id) AS line_items
     FROM budget_tables t WHERE t.document_id = ? ORDER BY t.page_from, t.id`,
  );
  const items = db.prepare(
    `SELECT li.id, li.table_id, li.code, li.name, li.measure, li.amount_text, li.page, ${itemCols}
     FROM line_items li WHERE li.table_id = ? ORDER BY li.id`,
  );
  const flags = db.prepare(
    `SELECT id, document_id, rule, severity, subject, message, expected, actual, evidence FROM flags WHERE document_id = ?
     ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, id`,
  );
  // Ids become file names: a crafted database whose ids are not integers stops here, before anything is written.
  const checked = <T extends { id: unknown }>(rows: T[], what: string): T[] => {
    for (const r of rows) safeInt(r.id, what);
    return rows;
  };
  return {
    documents: () =>
      checked(
        db
          .prepare(
            `SELECT d.id, d.path, d.sha256, d.status, d.error, d.source_kind, d.department, d.fiscal_year, d.doc_type,
                    d.pages, ${docCols},
                    (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'error') AS errors,
                    (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'warning') AS warnings,
                    (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'info') AS infos
             FROM documents d ORDER BY d.department IS NULL, d.department, d.fiscal_year, d.id`,
          )
          .all() as Omit<DocumentRow, 'region'>[],
        'document id',
      ).map((d) => ({ ...d, path: String(d.path), sha256: String(d.sha256), region: regionOf(d.department, d.title, String(d.path)) })),
    tables: (id) => checked(tables.all(id) as TableRow[], 'table id'),
    lineItems: (id) => items.all(id) as LineItemRow[],
    flags: (id) =>
      (flags.all(id) as (Omit<FlagRow, 'evidence' | 'evidenceRaw'> & { evidence: string })[]).map((f) => ({
        ...f,
        evidence: parseEvidence(String(f.evidence)),
        evidenceRaw: String(f.evidence),
      })),
    allFlags: () =>
      db.prepare(`SELECT id, document_id, rule, severity, subject, message FROM flags ORDER BY document_id, id`).all() as ReturnType<
        ReportDb['allFlags']
      >,
    close: () => db.close(),
  };
}
