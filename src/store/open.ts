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
  addMissingColumns(db);
  db.exec(VIEWS_SQL);
  db.prepare("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(SCHEMA_VERSION));
  return db;
}

/**
 * A database made by an older build lacks the columns added since (CREATE TABLE IF NOT EXISTS keeps the old
 * table): they are added, so a rerun on it continues instead of failing every insert.
 */
function addMissingColumns(db: Db): void {
  const fresh = new Database(':memory:');
  fresh.exec(SCHEMA_SQL);
  const tables = fresh.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  type Column = { name: string; type: string; notnull: number; dflt_value: string | null };
  for (const { name: table } of tables) {
    const have = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as Column[]).map((c) => c.name));
    for (const c of fresh.prepare(`PRAGMA table_info(${table})`).all() as Column[]) {
      if (have.has(c.name)) continue;
      const dflt = c.dflt_value === null ? '' : ` DEFAULT ${c.dflt_value}`;
      const notNull = c.notnull && c.dflt_value !== null ? ' NOT NULL' : '';
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${c.name} ${c.type}${notNull}${dflt}`);
    }
  }
  fresh.close();
}

/** Opens an existing database read-only (query, flags, report, export). */
export function openReadOnly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return db;
}
