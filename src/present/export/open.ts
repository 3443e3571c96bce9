import Database from 'better-sqlite3';
import { VIEWS_SQL } from '../../store/views.js';

/**
 * Opens the database read-only; research views the file does not hold (an older database) are created as
 * TEMP views, which a read-only connection may do without touching the file.
 */
export function openForExport(dbPath: string): Database.Database {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'view'`).pluck().all() as string[]);
  for (const statement of VIEWS_SQL.split(/;\s*\n/)) {
    const name = /CREATE VIEW IF NOT EXISTS (\w+)/.exec(statement)?.[1];
    if (name && !present.has(name)) db.exec(statement.replace('CREATE VIEW', 'CREATE TEMP VIEW'));
  }
  return db;
}
