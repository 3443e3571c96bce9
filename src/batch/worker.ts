import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { processDocument, type ProcessSettings } from '../process-document.js';

/** A worker thread: receives {path, bytes, settings}, answers with the DocumentResult (plain data). */
parentPort!.on('message', async (job: { id: number; path: string; bytes: Uint8Array; settings: ProcessSettings }) => {
  try {
    const result = await processDocument(job.path, job.bytes, job.settings);
    parentPort!.postMessage({ id: job.id, result, heapBytes: getHeapStatistics().used_heap_size });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
