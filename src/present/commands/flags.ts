import { Command, Option } from 'commander';
import { act, dbOption, Failure, formatOption, fullOption, type CommandModule } from '../command.js';
import { screenColumns, writeRows } from '../format.js';
import { openForReading } from '../read-db.js';

interface FlagsOptions {
  db: string;
  document?: string;
  severity?: 'error' | 'warning' | 'info';
  rule?: string;
  format: 'table' | 'json' | 'csv';
  full?: boolean;
}

const ALL_COLUMNS = ['id', 'document_id', 'path', 'rule', 'severity', 'subject', 'message', 'expected', 'actual', 'evidence'];
const TABLE_COLUMNS = ['document_id', 'severity', 'rule', 'subject', 'message'];

/** `budgetlens flags`: the findings, streamed (csv/json) or as a table sized to the screen. */
export const flagsCommand: CommandModule = (ctx) =>
  new Command('flags')
    .description('list flags (findings), most severe first, per document')
    .addOption(dbOption())
    .option('--document <id|path>', 'only this document: its id, its path, or the end of its path')
    .addOption(new Option('--severity <severity>', 'only flags of this severity').choices(['error', 'warning', 'info']))
    .option('--rule <id>', 'only flags of this rule id (see budgetlens rules)')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(fullOption())
    .action(
      act(ctx, async (o: FlagsOptions) => {
        const db = openForReading(o.db);
        try {
          const where: string[] = [];
          const params: unknown[] = [];
          if (o.document) {
            const byId = /^\d+$/.test(o.document);
            const docs = db
              .prepare(byId ? 'SELECT id FROM documents WHERE id = ?' : "SELECT id FROM documents WHERE path = ? OR path LIKE '%' || ?")
              .pluck()
              .all(...(byId ? [Number(o.document)] : [o.document, o.document.replace(/[%_]/g, '')])) as number[];
            if (!docs.length) throw new Failure(`No document ${byId ? 'has the id' : 'has the path'} ${o.document} in ${o.db}; budgetlens query --db ${o.db} "SELECT id, path FROM documents" lists them.`);
            where.push(`d.id IN (${docs.map(() => '?').join(',')})`);
            params.push(...docs);
          }
          if (o.severity) {
            where.push('f.severity = ?');
            params.push(o.severity);
          }
          if (o.rule) {
            where.push('f.rule = ?');
            params.push(o.rule);
          }
          const columns = o.format === 'table' ? TABLE_COLUMNS : ALL_COLUMNS;
          const stmt = db
            .prepare(
              `SELECT ${columns.map((c) => (c === 'path' ? 'd.path' : `f.${c}`)).join(', ')}
               FROM flags f JOIN documents d ON d.id = f.document_id
               ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
               ORDER BY f.document_id, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id`,
            )
            .raw();
          const evidence = columns.indexOf('evidence');
          const rows = (function* () {
            for (const r of stmt.iterate(...params) as Iterable<unknown[]>) {
              if (o.format === 'json' && evidence >= 0) r[evidence] = JSON.parse(String(r[evidence]));
              yield r;
            }
          })();
          const written = await writeRows(rows, columns, o.format, ctx.out, { width: screenColumns(ctx.out), full: o.full });
          if (o.format === 'table' && written.notShown) {
            ctx.err.write(`budgetlens flags: ${written.notShown} more flags not shown; use --format csv or json, or narrow with --severity/--rule/--document.\n`);
          }
          return 0;
        } finally {
          db.close();
        }
      }),
    );
