import { writeRows, type Format } from '../format.js';
import { openForReading } from '../read-db.js';

/**
 * The child process `budgetlens query` runs a statement in, so a runaway statement (a recursive CTE that never
 * ends, even one that stays inside SQLite without returning a row) can be stopped at --timeout by killing the
 * process. Rows go to stdout as they come; the outcome goes to the parent over IPC.
 */
export interface QueryJob {
  db: string;
  sql: string;
  format: Format;
  width?: number;
  full?: boolean;
  maxRows: number;
  /** SQLite's own heap limit (bytes): a statement over it fails with "out of memory" instead of growing. */
  heapLimitBytes: number;
}

export type QueryOutcome = { done: true; rows: number; notShown: number } | { error: string; usage: boolean };

const send = (m: QueryOutcome) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

async function run(job: QueryJob): Promise<QueryOutcome> {
  let db;
  try {
    db = openForReading(job.db);
  } catch (e) {
    return { error: (e as Error).message, usage: false };
  }
  try {
    db.pragma(`hard_heap_limit = ${Math.floor(job.heapLimitBytes)}`);
    let stmt;
    try {
      stmt = db.prepare(job.sql);
    } catch (e) {
      return { error: `The statement is not valid SQL here: ${(e as Error).message}.`, usage: true };
    }
    if (!stmt.reader) return { error: 'query runs read-only statements that return rows (SELECT, WITH …, PRAGMA reads) only.', usage: true };
    const columns = stmt.columns().map((c) => c.name);
    const r = await writeRows(stmt.raw().iterate() as Iterable<unknown[]>, columns, job.format, process.stdout, job);
    return { done: true, ...r };
  } catch (e) {
    const message = (e as Error).message;
    return { error: /out of memory/i.test(message) ? 'The query needs more memory than query allows (SQLite ran out of its heap limit); narrow it or aggregate.' : `The query failed: ${message}.`, usage: false };
  } finally {
    db.close();
  }
}

// The reader went away (a closed pipe): nothing more to write.
process.stdout.on('error', () => process.exit(0));
const job = JSON.parse(process.argv[2]) as QueryJob;
await send(await run(job));
process.disconnect();
