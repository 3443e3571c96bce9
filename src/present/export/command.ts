import path from 'node:path';
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

/** Writes the export and says what was written; a failure is thrown as one sentence (Failure). */
export async function runExport(opts: { db: string; out: string; format: 'csv' | 'fdp' }, say: (line: string) => void): Promise<void> {
  if (opts.format === 'csv') {
    const r = await exportCsv(opts.db, opts.out);
    say(`Wrote ${r.files.length} CSV files and datapackage.json to ${path.resolve(opts.out)}: ${r.files.map((f) => `${f.name} (${f.rows})`).join(', ')}`);
    for (const line of r.notes) say(line);
  } else {
    const r = await exportFdp(opts.db, opts.out);
    say(`Wrote a Fiscal Data Package with ${r.rows} rows to ${path.resolve(r.descriptorPath)}`);
    for (const line of r.notes) say(line);
  }
}

/** The export as a function returning the exit code (0 done, 1 could not, 2 usage), for callers outside the CLI. */
export async function runExportCommand(opts: ExportCommandOptions, io: CommandIo = defaultIo): Promise<number> {
  if (!opts.db || !opts.out || (opts.format !== 'csv' && opts.format !== 'fdp')) {
    io.err('budgetlens export: export needs --db <file.sqlite>, --format csv or fdp, and --out <dir>.');
    return 2;
  }
  try {
    await runExport({ db: opts.db, out: opts.out, format: opts.format }, io.out);
    return 0;
  } catch (err) {
    io.err(`budgetlens export: ${(err as Error).message}`);
    if (opts.verbose) io.err(String((err as Error).stack));
    return 1;
  }
}
