import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import type { DocumentResult, Severity } from '../model/index.js';
import type { ProcessSettings } from '../process-settings.js';
import { inspectFile, readDocument } from './document-file.js';
import type { StoreWriter } from '../store/writer.js';
import { createProgress } from './progress.js';
import { createPool, defaultMemoryLimitMb } from './document-pool.js';
import { ocrWorkersFor } from './memory-budget.js';

/**
 * The batch: every file through processDocument in worker threads, every result through the single
 * writer. Files already stored (same sha256) are skipped unless `force`, except those that failed,
 * so a rerun after a crash or kill continues where it stopped.
 */
export interface BatchOptions {
  files: readonly string[];
  writer: StoreWriter;
  settings: ProcessSettings;
  concurrency?: number;
  force?: boolean;
  timeoutMs?: number;
  /** Memory limit of the batch's process in MB (see defaultMemoryLimitMb). */
  memoryLimitMb?: number;
  progress?: boolean;
}

export interface BatchSummary {
  total: number;
  skipped: number;
  /** Files whose bytes are identical to another file of the same batch (stored once). */
  duplicates: number;
  byStatus: Record<DocumentResult['status'], number>;
  flags: Record<Severity, number>;
  failures: Array<{ path: string; error: string }>;
  /** Workers replaced to keep within the memory limit (the limit in MB), and after a crash or timeout. */
  workersReplaced: { memory: number; failure: number; memoryLimitMb: number };
  /** Document processes that ran at once, and each one's share of the memory limit. */
  workers: { count: number; perDocumentMb: number };
  /** Documents whose retry (--force) came out less complete than what was stored: the stored rows were kept. */
  keptOnRetry: Array<{ path: string; kept: DocumentResult['status']; status: DocumentResult['status']; error: string }>;
}

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
  const summary: BatchSummary = {
    total: opts.files.length, skipped: 0, duplicates: 0,
    byStatus: { ok: 0, partial: 0, failed: 0, not_budget: 0 },
    flags: { error: 0, warning: 0, info: 0 }, failures: [],
    workersReplaced: { memory: 0, failure: 0, memoryLimitMb: 0 }, workers: { count: 0, perDocumentMb: 0 }, keptOnRetry: [],
  };
  const progress = opts.progress === false ? null : createProgress(opts.files.length);
  // Even one document at a time runs in a worker: the timeout can stop it and the memory limit replace it.
  const memoryLimitMb = opts.memoryLimitMb ?? defaultMemoryLimitMb(concurrency);
  // What the document processes print reaches this process's streams, where ingest logs it.
  const pool = createPool(concurrency, { timeoutMs: opts.timeoutMs ?? 10 * 60_000, memoryLimitMb, forwardOutput: true });
  const workers = pool.budget.workers;
  summary.workers = { count: workers, perDocumentMb: pool.budget.perDocumentMb };
  const queue = new PQueue({ concurrency: workers });
  // Each document process has its own OCR pool: share the cores between them.
  const settings: ProcessSettings = {
    ...opts.settings,
    ingest: { ...opts.settings.ingest, ocrWorkers: opts.settings.ingest.ocrWorkers ?? ocrWorkersFor(pool.budget, availableParallelism()) },
  };
  const seen = new Map<string, string>();

  const store = (result: DocumentResult) => {
    const { kept } = opts.writer.write(result, { replace: true });
    if (kept) {
      summary.keptOnRetry.push({ path: result.path, kept, status: result.status, error: result.error ?? '' });
      progress?.finished(result.path, 'kept', `the retry ${result.status === 'failed' ? 'failed' : `was ${result.status}`}; the stored ${kept} result stays: ${result.error ?? ''}`);
      return;
    }
    summary.byStatus[result.status]++;
    for (const f of result.flags) summary.flags[f.severity]++;
    if (result.status === 'failed') summary.failures.push({ path: result.path, error: result.error ?? '' });
    const detail = result.facts
      ? `${result.facts.tables.length} tables, ${result.facts.projects.length} projects, ${result.flags.length} flags`
      : (result.error ?? '');
    progress?.finished(result.path, result.status, detail);
  };

  for (const path of opts.files) {
    void queue.add(async () => {
      const { key: sha, early } = await inspectFile(path, opts.settings);
      if (early) return store(early);
      // The same bytes under two names are one document (sha256 is the key): stored once.
      const twin = seen.get(sha);
      if (twin) {
        summary.duplicates++;
        progress?.finished(path, 'duplicate', `same content as ${twin}`);
        return;
      }
      seen.set(sha, path);
      if (!opts.force && opts.writer.hasDocument(sha)) {
        summary.skipped++;
        progress?.finished(path, 'skipped', 'already stored');
        return;
      }
      progress?.started(path);
      store((await readDocument(pool, path, sha, settings)).result);
    });
  }
  await queue.onIdle();
  progress?.end();
  await pool.close();
  summary.workersReplaced = { ...pool.replaced, memoryLimitMb };
  return summary;
}
