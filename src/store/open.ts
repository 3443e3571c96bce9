import Database from 'better-sqlite3';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';
import { VIEWS_SQL } from './views.js';

export type Db = Database.Database;

/** Opens (creating if needed) a budgetlens database for writing. */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  // WAL keeps readers (query, report) working during a batch; every document is one transaction.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  db.exec(VIEWS_SQL);
  db.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)").run(String(SCHEMA_VERSION));
  return db;
}

/** Opens an existing database read-only (query, flags, report, export). */
export function openReadOnly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return db;
}
