import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, UsageError } from '../args.js';
import { defaultIo, type CommandIo } from '../io.js';
import { writeReport } from './write-report.js';

export interface ReportCommandIo extends CommandIo {
  /** Where the progress line is drawn; none when absent. */
  progress?: NodeJS.WriteStream | null;
}

export interface ReportCommandOptions {
  db?: string;
  out?: string;
  verbose?: boolean;
}

export type { CommandIo } from '../io.js';

/** `budgetlens report --db <file> --out <dir>`; returns the exit code (0 done, 1 could not, 2 usage). */
export async function runReportCommand(opts: ReportCommandOptions, io: ReportCommandIo = defaultIo): Promise<number> {
  if (!opts.db || !opts.out) {
    io.err('Usage: budgetlens report --db <file.sqlite> --out <dir>');
    return 2;
  }
  if (!existsSync(opts.db)) {
    io.err(`The database ${opts.db} does not exist; run budgetlens ingest first.`);
    return 1;
  }
  try {
    const s = await writeReport(opts.db, opts.out, { log: opts.verbose ? io.err : undefined, progress: io.progress ?? null });
    io.out(
      `Wrote the review site for ${s.documents} documents and ${s.flags} flags (${s.pictures} page pictures) to ${path.resolve(s.indexPath)}`,
    );
    if (s.pictureFailures) io.out(`${s.pictureFailures} page pictures could not be drawn; their pages show coordinates and quotes.`);
    if (s.missingSources.length) io.out(`${s.missingSources.length} source files were not found on disk: ${s.missingSources.join(', ')}`);
    if (s.changedSources.length) {
      io.out(`${s.changedSources.length} source files changed since they were ingested (their pages warn instead of quoting them): ${s.changedSources.join(', ')}`);
    }
    return 0;
  } catch (err) {
    io.err(`Could not write the report: ${(err as Error).message}`);
    if (opts.verbose) io.err(String((err as Error).stack));
    return 1;
  }
}

/** The CLI entry in the shape cli.ts registers: argv after the command name, results to `out`. */
export async function reportCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose'], ['db', 'out']);
  if (positionals.length) throw new UsageError(`report takes no positional arguments (got ${positionals[0]}).`);
  if (typeof options.db !== 'string' || typeof options.out !== 'string') {
    throw new UsageError('report needs --db <file.sqlite> and --out <dir>.');
  }
  return runReportCommand({ db: options.db, out: options.out, verbose: options.verbose === true }, { out: (l) => out.write(l + '\n'), err: defaultIo.err, progress: process.stderr });
}
