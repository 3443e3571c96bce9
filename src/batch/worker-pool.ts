import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../model/index.js';
import type { ProcessSettings } from '../process-document.js';

/**
 * A fixed pool of worker threads running processDocument. A worker that crashes or overruns its
 * time is replaced, and its document fails with a reason instead of stopping the batch.
 */
export interface Pool {
  run(path: string, bytes: Uint8Array, settings: ProcessSettings): Promise<DocumentResult | { error: string }>;
  close(): Promise<void>;
}

/** A worker whose heap is still this large after a document is replaced, so a long batch stays flat in memory. */
const RECYCLE_HEAP_BYTES = 384 * 1024 * 1024;

export function createPool(size: number, timeoutMs: number): Pool {
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  // Compiled (the CLI) or TypeScript run through a transformer (tests): the worker is the sibling of this file.
  const module = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url).href;
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  let seq = 0;
  let live = 0;
  const spawn = () => {
    live++;
    return new Worker(entry, { workerData: { module }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  };
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    if (w) return Promise.resolve(w);
    if (live < size) return Promise.resolve(spawn());
    return new Promise((res) => waiting.push(res));
  };
  const release = (w: Worker | null) => {
    const next = waiting.shift();
    if (next) next(w ?? spawn());
    else if (w) idle.push(w);
  };
  return {
    async run(path, bytes, settings) {
      const worker = await acquire();
      const id = ++seq;
      return new Promise((resolve) => {
        let done = false;
        const finish = (value: DocumentResult | { error: string }, healthy: boolean) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          if (healthy) release(worker);
          else {
            live--;
            void worker.terminate();
            release(null);
          }
          resolve(value);
        };
        const onMessage = (m: { id: number; result?: DocumentResult; error?: string; heapBytes?: number }) => {
          if (m.id !== id) return;
          finish(m.result ?? { error: m.error ?? 'unknown error' }, (m.heapBytes ?? 0) < RECYCLE_HEAP_BYTES);
        };
        const onError = (e: Error) => finish({ error: `The worker processing the file crashed: ${e.message.split('\n')[0]}` }, false);
        const onExit = (code: number) => finish({ error: `The worker processing the file stopped unexpectedly (exit ${code}).` }, false);
        const timer = setTimeout(
          () => finish({ error: `Processing took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.` }, false),
          timeoutMs,
        );
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        const copy = bytes.slice();
        worker.postMessage({ id, path, bytes: copy, settings }, [copy.buffer]);
      });
    },
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
