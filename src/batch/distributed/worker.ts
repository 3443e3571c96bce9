import { availableParallelism } from 'node:os';
import { type Job, Worker } from 'bullmq';
import type { ProcessSettings } from '../../process-settings.js';
import type { StoreWriter } from '../../store/writer.js';
import { inspectFile, readDocument } from '../document-file.js';
import { createPool, defaultMemoryLimitMb } from '../document-pool.js';
import { ocrWorkersFor } from '../memory-budget.js';
import { connection, type DocumentJob, type DocumentJobResult, openQueue, QUEUE_NAME } from './queue.js';

/**
 * A queue worker: takes document jobs from Redis, runs each in a document process of the same pool as the
 * single-machine batch (a sandbox capped by its share of --memory-limit and by --timeout), and stores the result
 * in this worker's shard through the same single writer, before the job is acknowledged. So a worker killed at
 * any moment loses nothing: its shard holds whole documents only, and the job it held is stalled, taken back
 * after its lock expires and run by another worker (a document stored twice is one row after the merge).
 * A process that fails the document (crash, timeout, memory) makes the job fail and be retried; after its last
 * attempt the failed row is stored with the reason, as a single-machine batch would store it.
 */
export interface WorkerOptions {
  url: string;
  shard: string;
  writer: StoreWriter;
  settings: ProcessSettings;
  concurrency: number;
  timeoutMs: number;
  memoryLimitMb?: number;
  /** Seconds a job's lock lasts without renewal: how soon a dead worker's job is run elsewhere. */
  lockSeconds: number;
  /** Stop when no job is waiting, delayed or running anywhere (a batch), instead of waiting for more. */
  exitWhenDone: boolean;
  onDocument?: (path: string, status: string, detail: string) => void;
}

export interface WorkerSummary {
  stored: number;
  retried: number;
  failed: number;
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const memoryLimitMb = opts.memoryLimitMb ?? defaultMemoryLimitMb(opts.concurrency);
  const pool = createPool(opts.concurrency, { timeoutMs: opts.timeoutMs, memoryLimitMb });
  const workers = pool.budget.workers;
  const settings: ProcessSettings = {
    ...opts.settings,
    ingest: { ...opts.settings.ingest, ocrWorkers: opts.settings.ingest.ocrWorkers ?? ocrWorkersFor(pool.budget, availableParallelism()) },
  };
  const summary: WorkerSummary = { stored: 0, retried: 0, failed: 0 };

  const processJob = async (job: Job<DocumentJob, DocumentJobResult>): Promise<DocumentJobResult> => {
    const { path } = job.data;
    const inspected = await inspectFile(path, settings);
    const { result, processFailed } = inspected.early
      ? { result: inspected.early, processFailed: false }
      : await readDocument(pool, path, inspected.key, settings);
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (processFailed && !last) {
      summary.retried++;
      opts.onDocument?.(path, 'retry', result.error ?? '');
      throw new Error(result.error ?? 'The document process failed.');
    }
    const { kept } = opts.writer.write(result, { replace: true });
    summary.stored++;
    opts.onDocument?.(path, result.status, result.error ?? '');
    if (processFailed) {
      summary.failed++;
      throw new Error(result.error ?? 'The document process failed.');
    }
    return { status: result.status, kept, shard: opts.shard };
  };

  const lockDuration = opts.lockSeconds * 1000;
  const worker = new Worker<DocumentJob, DocumentJobResult>(QUEUE_NAME, processJob, {
    connection: connection(opts.url),
    concurrency: workers,
    lockDuration,
    stalledInterval: Math.max(500, lockDuration / 2),
    // A job whose worker died is taken back this many times before it counts as failed.
    maxStalledCount: 3,
  });
  worker.on('error', () => undefined); // connection hiccups: ioredis reconnects
  const queue = openQueue(opts.url);
  try {
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (!opts.exitWhenDone) return;
      const poll = setInterval(async () => {
        try {
          const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
          if (Object.values(c).every((n) => n === 0)) {
            clearInterval(poll);
            resolve();
          }
        } catch {
          // Redis unreachable for a moment: ask again
        }
      }, 500);
    });
  } finally {
    await worker.close();
    await queue.close();
    await pool.close();
  }
  return summary;
}
