import { Queue } from 'bullmq';

/**
 * The cluster's queue on Redis (BullMQ): one job per input file, its id the file's key (sha256 of its bytes),
 * so the same document enqueued twice, from two folders or two machines, is one job. Its data is the path,
 * which every worker must be able to read (a shared or synced folder).
 */
export const QUEUE_NAME = 'budgetlens-documents';

export interface DocumentJob {
  path: string;
  key: string;
}

/** What a job returns when it ends: the stored document's status (the rows are in the worker's shard). */
export interface DocumentJobResult {
  status: string;
  kept: string | null;
  shard: string;
}

/** BullMQ's connection options for a redis:// URL; blocking commands must not time out (workers wait on them). */
export function connection(url: string) {
  return { url, maxRetriesPerRequest: null };
}

export function openQueue(url: string): Queue<DocumentJob, DocumentJobResult> {
  return new Queue<DocumentJob, DocumentJobResult>(QUEUE_NAME, { connection: connection(url) });
}
