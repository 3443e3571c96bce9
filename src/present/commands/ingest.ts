import { z } from 'zod';
import { discoverFiles } from '../../batch/discover.js';
import { runBatch } from '../../batch/run-batch.js';
import { summaryText } from '../../batch/summary-text.js';
import { SUPPORTED_EXTENSIONS } from '../../ingest/index.js';
import { defaultSettings } from '../../process-document.js';
import { openDatabase } from '../../store/open.js';
import { createWriter } from '../../store/writer.js';
import { parseArgs, UsageError } from '../args.js';
import { PIPELINES, pipelineNamed } from '../../../pipelines/index.js';

const Options = z.object({
  db: z.string({ error: 'ingest needs --db <file.sqlite>.' }),
  concurrency: z.coerce.number().int().min(1).max(64).optional(),
  ocr: z.enum(['auto', 'always', 'never'], { error: '--ocr takes auto, always or never.' }).default('auto'),
  force: z.boolean().default(false),
  timeout: z.coerce.number().positive().default(600),
  'memory-limit': z.coerce.number({ error: '--memory-limit takes a number of MB.' }).int().min(256, '--memory-limit is at least 256 (MB).').optional(),
  pipeline: z.string().default(PIPELINES[0].name),
});

export async function ingestCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['force', 'verbose', 'no-progress'], ['db', 'concurrency', 'ocr', 'timeout', 'pipeline', 'memory-limit']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  if (!positionals.length) throw new UsageError('ingest needs at least one file or directory.');
  const o = parsed.data;
  const pipeline = pipelineNamed(o.pipeline);
  if (!pipeline) throw new UsageError(`Unknown pipeline "${o.pipeline}"; known: ${PIPELINES.map((p) => p.name).join(', ')}.`);
  const { files, missing, notes } = discoverFiles(positionals, SUPPORTED_EXTENSIONS);
  for (const m of missing) process.stderr.write(`budgetlens: ${m} does not exist; skipped.\n`);
  if (!files.length) {
    for (const n of notes) process.stderr.write(`budgetlens: not read: ${n.path}: ${n.reason}\n`);
    process.stderr.write(`budgetlens: no ${SUPPORTED_EXTENSIONS.join('/')} files found under ${positionals.join(', ')}.\n`);
    return 1;
  }
  let db;
  try {
    db = openDatabase(o.db);
  } catch (e) {
    process.stderr.write(`budgetlens: cannot open the database ${o.db} for writing: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const summary = await runBatch({
      files, writer: createWriter(db), settings: defaultSettings({ ocr: o.ocr }, pipeline),
      concurrency: o.concurrency, force: o.force, timeoutMs: o.timeout * 1000, memoryLimitMb: o['memory-limit'], progress: !options['no-progress'],
    });
    out.write(summaryText(summary, notes));
    return 0;
  } finally {
    db.close();
  }
}
