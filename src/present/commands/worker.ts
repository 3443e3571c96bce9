import { Command, Option } from 'commander';
import { act, seconds, UsageError, wholeNumber, type CommandModule } from '../command.js';
import { openForWriting } from './open-for-writing.js';
import { redisOption } from './redis-option.js';

interface WorkerOptions {
  redis: string;
  db: string;
  concurrency: number;
  ocr: 'auto' | 'always' | 'never';
  timeout: number;
  memoryLimit?: number;
  lockSeconds: number;
  pipeline: string;
  exitWhenDone?: boolean;
}

/** `budgetlens worker`: reads queued documents, as ingest does, into its own shard. */
export const workerCommand: CommandModule = (ctx) =>
  new Command('worker')
    .description('read documents from the cluster\'s queue into this worker\'s shard database, until stopped (or until the queue is done)')
    .addOption(redisOption())
    .requiredOption('--db <shard.sqlite>', 'this worker\'s shard (created if missing); merge the shards with `budgetlens merge`')
    .option('-c, --concurrency <n>', 'documents read at once, each in its own process', wholeNumber('--concurrency', 1, 64), 1)
    .addOption(new Option('--ocr <mode>', 'OCR for pages without a text layer: auto (only those), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--timeout <seconds>', 'a document that takes longer fails this attempt', seconds('--timeout'), 600)
    .option('--memory-limit <mb>', 'memory of this worker and its document processes (default 160 + 1100 per process)', wholeNumber('--memory-limit', 256))
    .option('--lock-seconds <s>', 'how long a job stays locked without renewal: how soon a dead worker\'s job runs elsewhere', seconds('--lock-seconds'), 30)
    .option('--pipeline <name>', 'the named pipeline from pipelines/ (cn-department-disclosure, performance-targets)', 'cn-department-disclosure')
    .option('--exit-when-done', 'stop when no job is waiting, running or waiting to retry anywhere')
    .action(
      act(ctx, async (o: WorkerOptions) => {
        const { PIPELINES, pipelineNamed } = await import('../../../pipelines/index.js');
        const pipeline = pipelineNamed(o.pipeline);
        if (!pipeline) throw new UsageError(`--pipeline takes ${PIPELINES.map((p) => p.name).join(' or ')} (got "${o.pipeline}").`);
        const { createWriter } = await import('../../store/writer.js');
        const { runWorker } = await import('../../batch/distributed/worker.js');
        const { defaultSettings } = await import('../../process-settings.js');
        const { terminalLine } = await import('../../util/terminal-text.js');
        const db = await openForWriting(o.db, 'shard');
        try {
          const s = await runWorker({
            url: o.redis, shard: o.db, writer: createWriter(db), settings: defaultSettings({ ocr: o.ocr }, pipeline),
            concurrency: o.concurrency, timeoutMs: o.timeout * 1000, memoryLimitMb: o.memoryLimit, lockSeconds: o.lockSeconds,
            exitWhenDone: Boolean(o.exitWhenDone),
            onDocument: (path, status, detail) => ctx.err.write(`${status.padEnd(10)} ${terminalLine(path)}${detail ? ` (${terminalLine(detail)})` : ''}\n`),
          });
          ctx.out.write(`worker stored ${s.stored} documents in ${o.db} (${s.failed} failed after their last attempt, ${s.retried} attempts to be retried)\n`);
          return 0;
        } finally {
          db.close();
        }
      }),
    );
