import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { VIEWS_SQL } from '../store/views.js';
import { Failure } from './command.js';

export type Db = Database.Database;

/** Past this size a WAL-mode file is opened in place rather than read into memory (see below). */
const IN_MEMORY_MAX_BYTES = 256 * 1024 * 1024;

/** Whether the file's header says write-ahead logging (bytes 18-19 are 2). */
function headerSaysWal(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(20);
    return readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a database for a reading command (query, flags, export), read-only, writing nothing beside it.
 * `ingest` leaves its database in rollback-journal mode, which SQLite reads without creating a file. A file still
 * in WAL mode with no -wal file beside it (no writer is running) would make SQLite create -wal and -shm files, and
 * fail in a folder we may not write to; such a file is read into memory instead (its header set to rollback
 * mode), up to 256 MB. With a -wal beside it a batch is writing: SQLite's own shared reading is then the only
 * correct one. Research views an older database lacks are created as TEMP views, which touch no file.
 */
export function openForReading(path: string): Db {
  if (!existsSync(path)) throw new Failure(`The database ${path} does not exist; run budgetlens ingest first.`);
  let db: Db;
  try {
    if (headerSaysWal(path) && !existsSync(`${path}-wal`) && statSync(path).size <= IN_MEMORY_MAX_BYTES) {
      const bytes = readFileSync(path);
      bytes[18] = 1;
      bytes[19] = 1;
      db = new Database(bytes, { readonly: true });
    } else {
      db = new Database(path, { readonly: true, fileMustExist: true });
    }
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    throw new Failure(`Cannot read the database ${path}: ${(e as Error).message.split('\n')[0]}.`.replace(/\.\.$/, '.'));
  }
  const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'view'`).pluck().all() as string[]);
  for (const statement of VIEWS_SQL.split(/;\s*\n/)) {
    const name = /CREATE VIEW IF NOT EXISTS (\w+)/.exec(statement)?.[1];
    if (name && !present.has(name)) {
      try {
        db.exec(statement.replace('CREATE VIEW', 'CREATE TEMP VIEW'));
      } catch {
        // A much older schema without the columns the view reads: the view is left out.
      }
    }
  }
  // Belt and braces: a statement that writes fails even on a connection SQLite would let write (TEMP tables).
  db.pragma('query_only = ON');
  return db;
}
