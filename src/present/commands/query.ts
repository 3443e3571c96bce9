import { Command } from 'commander';
import { act, dbOption, formatOption, fullOption, seconds, wholeNumber, type CommandModule } from '../command.js';
import { DEFAULT_TABLE_ROWS, screenColumns, type Format } from '../format.js';

interface QueryOptions {
  db: string;
  format: Format;
  full?: boolean;
  timeout: number;
  maxRows: number;
}

/** SQLite's heap for one query (bytes): a runaway ORDER BY or recursive WITH fails instead of taking the machine. */
const SQLITE_HEAP_BYTES = 1024 * 1024 * 1024;

/** `budgetlens query`: read-only SQL in a child process with a time limit; csv/json streamed for any number of rows. */
export const queryCommand: CommandModule = (ctx) =>
  new Command('query')
    .description('run one read-only SQL statement (the database is opened read-only) and print its rows')
    .argument('<sql>', 'the statement, in quotes: SELECT …, WITH …, or a PRAGMA that reads')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(fullOption())
    .option('--timeout <seconds>', 'stop the statement after this many seconds', seconds('--timeout'), 30)
    .option('--max-rows <n>', 'rows the table format shows at most (csv and json are never cut)', wholeNumber('--max-rows', 1), DEFAULT_TABLE_ROWS)
    .action(
      act(ctx, async (sql: string, o: QueryOptions) => {
        const { runQuery } = await import('../query/run-query.js');
        const width = o.format === 'table' ? screenColumns(ctx.out) : undefined;
        const r = await runQuery(
          { db: o.db, sql, format: o.format, width, full: o.full, maxRows: o.maxRows, heapLimitBytes: SQLITE_HEAP_BYTES },
          o.timeout, ctx.out,
        );
        if (r.notShown) ctx.err.write(`budgetlens query: ${r.notShown} more rows not shown (--max-rows ${o.maxRows}); --format csv or json gives them all.\n`);
        return 0;
      }),
    );
