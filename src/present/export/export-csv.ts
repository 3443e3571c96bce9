import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type Database from 'better-sqlite3';
import { BOM, csvRow, tabularResource } from './csv.js';
import { EXCLUDED_FIELDS, EXCLUDED_RESOURCE } from './fdp-model.js';
import { INCLUDED_DOCUMENTS } from './fdp-rows.js';
import { openForExport } from './open.js';

export interface CsvFile {
  name: string;
  file: string;
  rows: number;
}

export interface CsvExport {
  files: CsvFile[];
  /** Documents whose rows were left out (templates, failures, non-budgets), with the reason. */
  excluded: Array<{ document_id: number; path: string; status: string; reason: string }>;
  notes: string[];
}

interface Field {
  name: string;
  type: string;
}

/** A Frictionless field type from SQLite's declared type; codes and other identifiers stay strings. */
function fieldType(name: string, declared: string | null): string {
  if (/(^|_)code$|^sha256$|^phone$/.test(name)) return 'string';
  const t = (declared ?? '').toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (/REAL|FLOA|DOUB|NUM/.test(t)) return 'number';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'string';
  return 'any';
}

/** Rows of the documents the export includes only: a template's or a notice's "figures" are no department's. */
function selectFor(db: Database.Database, relation: string): string {
  const quoted = `"${relation.replace(/"/g, '""')}"`;
  const columns = (db.prepare(`SELECT * FROM ${quoted} LIMIT 0`).columns() as Array<{ name: string }>).map((c) => c.name);
  // Per-document indexes (documents, v_flag_summary) list every file with its status.
  if (columns.includes('status')) return `SELECT * FROM ${quoted}`;
  if (columns.includes('document_id')) return `SELECT * FROM ${quoted} WHERE document_id IN (${INCLUDED_DOCUMENTS})`;
  if (columns.includes('project_id')) {
    return `SELECT * FROM ${quoted} WHERE project_id IN (SELECT id FROM projects WHERE document_id IN (${INCLUDED_DOCUMENTS}))`;
  }
  return `SELECT * FROM ${quoted}`;
}

async function writeCsv(db: Database.Database, relation: string, file: string): Promise<{ rows: number; fields: Field[] }> {
  const stmt = db.prepare(selectFor(db, relation));
  const fields = stmt.columns().map((c) => ({ name: c.name, type: fieldType(c.name, c.type) }));
  const out = createWriteStream(file, { encoding: 'utf8' });
  out.write(BOM + csvRow(fields.map((f) => f.name)));
  let rows = 0;
  for (const row of stmt.raw().iterate() as Iterable<unknown[]>) {
    if (!out.write(csvRow(row))) await once(out, 'drain');
    rows++;
  }
  out.end();
  await once(out, 'finish');
  return { rows, fields };
}

const resource = (name: string, fields: readonly Field[]) =>
  tabularResource(name.toLowerCase().replace(/[^a-z0-9._-]/g, '_'), `${name}.csv`, fields);

/**
 * One tidy CSV per table and per view (UTF-8 with BOM, RFC 4180), named after it, and datapackage.json: a
 * Frictionless data package whose schema gives every column its type (codes as strings, so '201' is not read
 * as 201.0). documents.csv lists every document; the other files hold the rows of budgets and final accounts
 * that were read, and excluded_documents.csv names the rest with the reason.
 */
export async function exportCsv(dbPath: string, outDir: string): Promise<CsvExport> {
  const db = openForExport(dbPath);
  try {
    await mkdir(outDir, { recursive: true });
    const relations = db
      .prepare(
        `SELECT name FROM (SELECT name, type FROM sqlite_master UNION SELECT name, type FROM sqlite_temp_master)
         WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'meta'
         ORDER BY type, name`,
      )
      .pluck()
      .all() as string[];
    const files: CsvFile[] = [];
    const resources = [];
    for (const name of relations) {
      const file = path.join(outDir, `${name}.csv`);
      const { rows, fields } = await writeCsv(db, name, file);
      files.push({ name, file, rows });
      resources.push(resource(name, fields));
    }
    const excluded = db
      .prepare(
        `SELECT id AS document_id, path, status,
           CASE WHEN status IN ('failed', 'not_budget') THEN coalesce(error, status)
                WHEN is_template = 1 THEN 'a blank template, not a department''s figures'
                ELSE 'not recognised as a budget or final accounts' END AS reason
         FROM documents WHERE id NOT IN (${INCLUDED_DOCUMENTS}) ORDER BY id`,
      )
      .all() as CsvExport['excluded'];
    await writeFile(
      path.join(outDir, `${EXCLUDED_RESOURCE}.csv`),
      BOM + csvRow(EXCLUDED_FIELDS.map((f) => f.name)) + excluded.map((e) => csvRow([e.document_id, e.path, e.status, e.reason])).join(''),
    );
    resources.push(resource(EXCLUDED_RESOURCE, EXCLUDED_FIELDS));
    const descriptor = {
      profile: 'tabular-data-package',
      name: 'budgetlens-tables',
      title: 'budgetlens: the tables and research views of a database',
      description:
        'Every table and research view of a budgetlens database, one CSV each (UTF-8 with BOM, RFC 4180). Amounts: amount_fen ' +
        "is exact (1 元 = 100 fen). Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or CR) carry a " +
        'leading apostrophe. Rows of templates, failed and non-budget files are left out (documents.csv lists every file; ' +
        `${EXCLUDED_RESOURCE}.csv says why).`,
      created: new Date().toISOString(),
      resources,
    };
    await writeFile(path.join(outDir, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n');
    const notes = excluded.length
      ? [`Left out the rows of ${excluded.length} document(s), listed with the reason in ${EXCLUDED_RESOURCE}.csv: ${excluded.map((e) => `${path.basename(e.path)} (${e.reason})`).join('; ')}`]
      : [];
    return { files, excluded, notes };
  } finally {
    db.close();
  }
}
