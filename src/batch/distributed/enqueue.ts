import type { ProcessSettings } from '../../process-settings.js';
import { inspectFile } from '../document-file.js';
import { openQueue } from './queue.js';

export interface EnqueueSummary {
  added: number;
  /** Files whose key already had a job (waiting, running, done or failed): nothing added. */
  known: number;
  /** Files with the same bytes as another file of this call. */
  duplicates: number;
}

/**
 * Adds one job per file, keyed by its sha256 (or by its path when it cannot be read, so its failed row is
 * written by a worker like every other). A poison document (one whose process is killed: a crash, a timeout,
 * the memory limit) is tried `attempts` times, then fails with that reason.
 */
export async function enqueueFiles(url: string, files: readonly string[], settings: ProcessSettings, attempts: number): Promise<EnqueueSummary> {
  const queue = openQueue(url);
  const summary: EnqueueSummary = { added: 0, known: 0, duplicates: 0 };
  const seen = new Set<string>();
  try {
    for (const path of files) {
      const { key } = await inspectFile(path, settings);
      if (seen.has(key)) {
        summary.duplicates++;
        continue;
      }
      seen.add(key);
      if (await queue.getJob(key)) {
        summary.known++;
        continue;
      }
      await queue.add('document', { path, key }, {
        jobId: key, attempts, backoff: { type: 'fixed', delay: 1000 },
        // Kept so `status` can tell what happened and a re-enqueue of the same file adds nothing.
        removeOnComplete: false, removeOnFail: false,
      });
      summary.added++;
    }
  } finally {
    await queue.close();
  }
  return summary;
}
