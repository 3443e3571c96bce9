import { Command, Option } from 'commander';
import { PIPELINES, pipelineNamed } from '../../../pipelines/index.js';
import { act, Failure, seconds, UsageError, wholeNumber, type CommandModule } from '../command.js';
import { openForWriting } from './open-for-writing.js';

interface IngestOptions {
  db: string;
  concurrency?: number;
  ocr: 'auto' | 'always' | 'never';
  force?: boolean;
  timeout: number;
  memoryLimit?: number;
  pipeline: string;
  progress: boolean;
  log?: string;
}

/** `budgetlens ingest`: the batch. Heavy modules (pdf.js, OCR) load only when it runs. */
export const ingestCommand: CommandModule = (ctx) =>
  new Command('ingest')
    .description('read budget files (.pdf, .txt, .text, .md; folders recursively), reconcile them and store everything in the database')
    .argument('<file-or-dir...>', 'files and folders to read')
    .requiredOption('--db <file.sqlite>', 'the database to write (created if missing)')
    .option('-c, --concurrency <n>', 'documents read at once, each in its own process (default: the number of CPU cores; fewer if --memory-limit cannot give each 320 MB)', wholeNumber('--concurrency', 1, 64))
    .addOption(new Option('--ocr <mode>', 'OCR for pages without a text layer: auto (only those), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('-f, --force', 'read files again even if already stored (same sha256), replacing their rows with a result at least as complete')
    .option('--timeout <seconds>', 'a document that takes longer fails with that reason', seconds('--timeout'), 600)
    .option('--memory-limit <mb>', 'memory of the whole batch, its document processes included; a document over its share fails with that reason (default 160 + 1100 per process)', wholeNumber('--memory-limit', 256))
    .addOption(
      new Option('--pipeline <name>', `the named pipeline from pipelines/: ${PIPELINES.map((p) => `${p.name} (${p.description.split(/[:：;；]/)[0]})`).join(', ')}`)
        .choices(PIPELINES.map((p) => p.name))
        .default(PIPELINES[0].name),
    )
    .option('--no-progress', 'no progress line or per-document lines on stderr')
    .option('--log <file>', 'where library messages (pdf.js, tesseract) go instead of the terminal (default: <db>.log)')
    .action(
      act(ctx, async (inputs: string[], o: IngestOptions) => {
        const pipeline = pipelineNamed(o.pipeline);
        if (!pipeline) throw new UsageError(`--pipeline takes ${PIPELINES.map((p) => p.name).join(' or ')} (got "${o.pipeline}").`);
        const { discoverFiles } = await import('../../batch/discover.js');
        const { SUPPORTED_EXTENSIONS } = await import('../../ingest/index.js');
        const found = discoverFiles(inputs, SUPPORTED_EXTENSIONS);
        for (const m of found.missing) ctx.err.write(`budgetlens ingest: ${m} does not exist; skipped.\n`);
        if (!found.files.length) for (const n of found.notes) ctx.err.write(`budgetlens ingest: not read: ${n.path}: ${n.reason}\n`);
        if (!found.files.length) throw new Failure(`No ${SUPPORTED_EXTENSIONS.join('/')} files found under ${inputs.join(', ')}.`);
        const db = await openForWriting(o.db, 'database');
        const { runBatch } = await import('../../batch/run-batch.js');
        const { captureLibraryOutput } = await import('../../batch/progress.js');
        const { createWriter } = await import('../../store/writer.js');
        const { defaultSettings } = await import('../../process-settings.js');
        const { batchReport } = await import('../ingest-summary.js');
        const capture = captureLibraryOutput(o.log ?? `${o.db}.log`, ctx.verbose);
        let summary;
        try {
          summary = await runBatch({
            files: found.files, writer: createWriter(db), settings: defaultSettings({ ocr: o.ocr }, pipeline),
            concurrency: o.concurrency, force: o.force, timeoutMs: o.timeout * 1000, memoryLimitMb: o.memoryLimit, progress: o.progress,
          });
        } finally {
          const kept = capture.stop();
          if (kept.logPath) ctx.err.write(`budgetlens ingest: ${kept.messages} library message(s) written to ${kept.logPath}.\n`);
        }
        ctx.out.write(batchReport(db, found.files, summary, found.notes));
        // Rollback-journal mode from here on: readers (query, flags, report, export) then need no -wal/-shm files
        // and work in a folder they cannot write. Busy when another process still reads: it stays WAL.
        try {
          db.pragma('journal_mode = DELETE');
        } catch {
          // Left in WAL mode; readers cope (read-db.ts).
        }
        db.close();
        return 0;
      }),
    );
