import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type Database from 'better-sqlite3';
import { BOM, csvRow } from './csv.js';
import { openForExport } from './open.js';

export interface CsvFile {
  name: string;
  file: string;
  rows: number;
}

async function writeCsv(db: Database.Database, relation: string, file: string): Promise<number> {
  const stmt = db.prepare(`SELECT * FROM "${relation.replace(/"/g, '""')}"`);
  const out = createWriteStream(file, { encoding: 'utf8' });
  out.write(BOM + csvRow(stmt.columns().map((c) => c.name)));
  let rows = 0;
  for (const row of stmt.raw().iterate() as Iterable<unknown[]>) {
    if (!out.write(csvRow(row))) await once(out, 'drain');
    rows++;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

/** One tidy CSV per table and per view (UTF-8 with BOM, RFC 4180), named after it. */
export async function exportCsv(dbPath: string, outDir: string): Promise<CsvFile[]> {
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
    for (const name of relations) {
      const file = path.join(outDir, `${name}.csv`);
      files.push({ name, file, rows: await writeCsv(db, name, file) });
    }
    return files;
  } finally {
    db.close();
  }
}
