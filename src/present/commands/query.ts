import { z } from 'zod';
import { openForReading } from '../read-db.js';
import { parseArgs, UsageError } from '../args.js';
import { formatRows } from '../format.js';

const Format = z.enum(['table', 'json', 'csv'], { error: '--format takes table, json or csv.' }).default('table');

/** Read-only SQL: the database is opened read-only, so a statement that writes fails. */
export async function queryCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose'], ['db', 'format']);
  if (typeof options.db !== 'string') throw new UsageError('query needs --db <file.sqlite>.');
  if (positionals.length !== 1) throw new UsageError('query needs exactly one SQL statement in quotes.');
  const format = Format.parse(options.format);
  const db = openForReading(options.db);
  if (!db) return 1;
  try {
    const stmt = db.prepare(positionals[0]);
    if (!stmt.reader) throw new UsageError('query runs read-only statements (SELECT, WITH …, PRAGMA reads) only.');
    const rows = stmt.all() as Record<string, unknown>[];
    out.write(formatRows(rows, format, stmt.columns().map((c) => c.name)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    process.stderr.write(`budgetlens: the query failed: ${(e as Error).message}\n`);
    return 1;
  } finally {
    db.close();
  }
}
