import { openQueue } from './queue.js';

export interface ClusterStatus {
  counts: Record<string, number>;
  workers: number;
  failed: Array<{ path: string; reason: string; attempts: number }>;
}

/** Progress across the cluster: jobs by state, connected workers, and the failed jobs with their reasons. */
export async function clusterStatus(url: string, maxFailed = 50): Promise<ClusterStatus> {
  const queue = openQueue(url);
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    const workers = (await queue.getWorkers()).length;
    const failed = (await queue.getFailed(0, maxFailed - 1)).map((j) => ({ path: j.data.path, reason: j.failedReason, attempts: j.attemptsMade }));
    return { counts, workers, failed };
  } finally {
    await queue.close();
  }
}
