import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, UsageError } from '../args.js';
import { defaultIo, type CommandIo } from '../io.js';
import { exportCsv } from './export-csv.js';
import { exportFdp } from './export-fdp.js';

export interface ExportCommandOptions {
  db?: string;
  out?: string;
  format?: string;
  verbose?: boolean;
}

export type { CommandIo } from '../io.js';

/** `budgetlens export --db <file> --format csv|fdp --out <dir>`; returns the exit code (0 done, 1 could not, 2 usage). */
export async function runExportCommand(opts: ExportCommandOptions, io: CommandIo = defaultIo): Promise<number> {
  if (!opts.db || !opts.out || (opts.format !== 'csv' && opts.format !== 'fdp')) {
    io.err('Usage: budgetlens export --db <file.sqlite> --format csv|fdp --out <dir>');
    return 2;
  }
  if (!existsSync(opts.db)) {
    io.err(`The database ${opts.db} does not exist; run budgetlens ingest first.`);
    return 1;
  }
  try {
    if (opts.format === 'csv') {
      const files = await exportCsv(opts.db, opts.out);
      io.out(`Wrote ${files.length} CSV files to ${path.resolve(opts.out)}: ${files.map((f) => `${f.name} (${f.rows})`).join(', ')}`);
    } else {
      const r = await exportFdp(opts.db, opts.out);
      io.out(`Wrote a Fiscal Data Package with ${r.rows} rows to ${path.resolve(r.descriptorPath)}`);
    }
    return 0;
  } catch (err) {
    io.err(`Could not export: ${(err as Error).message}`);
    if (opts.verbose) io.err(String((err as Error).stack));
    return 1;
  }
}

/** The CLI entry in the shape cli.ts registers: argv after the command name, results to `out`. */
export async function exportCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose'], ['db', 'out', 'format']);
  if (positionals.length) throw new UsageError(`export takes no positional arguments (got ${positionals[0]}).`);
  if (typeof options.db !== 'string' || typeof options.out !== 'string') {
    throw new UsageError('export needs --db <file.sqlite> and --out <dir>.');
  }
  if (options.format !== 'csv' && options.format !== 'fdp') throw new UsageError('export needs --format csv or --format fdp.');
  return runExportCommand({ db: options.db, out: options.out, format: options.format, verbose: options.verbose === true }, { out: (l) => out.write(l + '\n'), err: defaultIo.err });
}
