import { z } from 'zod';
import { runWorker } from '../../batch/distributed/worker.js';
import { defaultSettings } from '../../process-document.js';
import { openDatabase } from '../../store/open.js';
import { createWriter } from '../../store/writer.js';
import { parseArgs, UsageError } from '../args.js';
import { PIPELINES, pipelineNamed } from '../../../pipelines/index.js';

const Options = z.object({
  redis: z.string({ error: 'worker needs --redis redis://host:port.' }).regex(/^rediss?:\/\//, '--redis takes a redis:// URL.'),
  db: z.string({ error: 'worker needs --db <shard.sqlite>.' }),
  concurrency: z.coerce.number().int().min(1).max(64).default(1),
  ocr: z.enum(['auto', 'always', 'never'], { error: '--ocr takes auto, always or never.' }).default('auto'),
  timeout: z.coerce.number().positive().default(600),
  'memory-limit': z.coerce.number({ error: '--memory-limit takes a number of MB.' }).int().min(256, '--memory-limit is at least 256 (MB).').optional(),
  'lock-seconds': z.coerce.number().positive().default(30),
  pipeline: z.string().default(PIPELINES[0].name),
});

/**
 * `budgetlens worker --redis URL --db shard.sqlite [--concurrency N] [--timeout S] [--memory-limit MB] [--exit-when-done]`:
 * runs queued documents into this worker's shard until stopped (SIGINT/SIGTERM), or until the queue is done.
 */
export async function workerCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose', 'exit-when-done'], ['redis', 'db', 'concurrency', 'ocr', 'timeout', 'memory-limit', 'lock-seconds', 'pipeline']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  if (positionals.length) throw new UsageError(`worker takes no arguments (got "${positionals[0]}").`);
  const o = parsed.data;
  const pipeline = pipelineNamed(o.pipeline);
  if (!pipeline) throw new UsageError(`Unknown pipeline "${o.pipeline}"; known: ${PIPELINES.map((p) => p.name).join(', ')}.`);
  let db;
  try {
    db = openDatabase(o.db);
  } catch (e) {
    process.stderr.write(`budgetlens: cannot open the shard ${o.db} for writing: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const s = await runWorker({
      url: o.redis, shard: o.db, writer: createWriter(db), settings: defaultSettings({ ocr: o.ocr }, pipeline),
      concurrency: o.concurrency, timeoutMs: o.timeout * 1000, memoryLimitMb: o['memory-limit'], lockSeconds: o['lock-seconds'],
      exitWhenDone: Boolean(options['exit-when-done']),
      onDocument: (path, status, detail) => process.stderr.write(`${status.padEnd(10)} ${path}${detail ? ` (${detail})` : ''}\n`),
    });
    out.write(`worker stored ${s.stored} documents in ${o.db} (${s.failed} failed after their last attempt, ${s.retried} attempts to be retried)\n`);
    return 0;
  } finally {
    db.close();
  }
}
