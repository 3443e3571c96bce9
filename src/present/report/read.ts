import Database from 'better-sqlite3';
import { z } from 'zod';
import { Evidence } from '../../model/index.js';

/** What the review site shows, read from the database in one go (read-only). */

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
  note: string | null;
  line_items: number;
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

export interface ReportData {
  documents: DocumentRow[];
  tablesByDocument: Map<number, TableRow[]>;
  flagsByDocument: Map<number, FlagRow[]>;
}

const EvidenceList = z.array(Evidence);

function parseEvidence(raw: string): Evidence[] | null {
  try {
    const parsed = EvidenceList.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function groupBy<T extends { document_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.document_id) ?? [];
    list.push(r);
    out.set(r.document_id, list);
  }
  return out;
}

/** Columns beyond the contract may be missing in an older database: select them only when present. */
function optionalColumn(db: Database.Database, table: string, column: string): string {
  const cols = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
  return cols.some((c) => c.name === column) ? column : `NULL AS ${column}`;
}

export function readReportData(dbPath: string): ReportData {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const documents = db
      .prepare(
        `SELECT d.id, d.path, d.sha256, d.status, d.error, d.source_kind, d.department, d.fiscal_year, d.doc_type,
                d.pages, ${optionalColumn(db, 'documents', 'title')}, ${optionalColumn(db, 'documents', 'ingested_at')},
                (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'error') AS errors,
                (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'warning') AS warnings,
                (SELECT count(*) FROM flags f WHERE f.document_id = d.id AND f.severity = 'info') AS infos
         FROM documents d ORDER BY d.department IS NULL, d.department, d.fiscal_year, d.id`,
      )
      .all() as DocumentRow[];
    const tables = db
      .prepare(
        `SELECT t.id, t.document_id, t.kind, t.title, t.unit, t.page_from, t.page_to,
                ${optionalColumn(db, 'budget_tables', 'is_empty')}, ${optionalColumn(db, 'budget_tables', 'note')},
                (SELECT count(*) FROM line_items li WHERE li.table_id = t.id) AS line_items
         FROM budget_tables t ORDER BY t.document_id, t.page_from, t.id`,
      )
      .all() as TableRow[];
    const flagRows = db
      .prepare(
        `SELECT id, document_id, rule, severity, subject, message, expected, actual, evidence FROM flags
         ORDER BY document_id, CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, id`,
      )
      .all() as (Omit<FlagRow, 'evidence' | 'evidenceRaw'> & { evidence: string })[];
    const flags: FlagRow[] = flagRows.map((f) => ({ ...f, evidence: parseEvidence(f.evidence), evidenceRaw: f.evidence }));
    return { documents, tablesByDocument: groupBy(tables), flagsByDocument: groupBy(flags) };
  } finally {
    db.close();
  }
}
