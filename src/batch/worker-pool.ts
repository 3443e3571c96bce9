import { Worker } from 'node:worker_threads';
import type { DocumentResult } from '../model/index.js';
import type { ProcessSettings } from '../process-document.js';

/**
 * A fixed pool of worker threads running processDocument. A worker that crashes or overruns its
 * time is replaced, and its document fails with a reason instead of stopping the batch. A worker is
 * also replaced when the process has grown past its memory limit, so a batch of thousands of
 * documents stays within it: the replaced worker's heap goes back to the system.
 */
export interface Pool {
  run(path: string, bytes: Uint8Array, settings: ProcessSettings): Promise<DocumentResult | { error: string }>;
  close(): Promise<void>;
  /** Workers replaced so far: to keep within the memory limit, and after a crash or a timeout. */
  replaced: { memory: number; failure: number };
}

/** A worker whose heap is still this large after a document is replaced, whatever the process's size. */
const RECYCLE_HEAP_BYTES = 384 * 1024 * 1024;

/**
 * The default memory limit for a pool of `size` workers. The live heap of a worker between documents stays
 * at ~30 MB, but garbage and the allocator's fragments accumulate: over 170 documents without a limit the
 * batch's peak crept from ~800 MB to ~1.1 GB with two workers. Replacing a worker costs a second or two (its
 * code starts cold), so the limit sits above the usual working size and acts only on that creep.
 */
export function defaultMemoryLimitMb(size: number): number {
  return 256 + 384 * size;
}

export interface PoolOptions {
  timeoutMs: number;
  /** Resident memory of the whole process above which the worker that just finished is replaced. */
  memoryLimitMb: number;
}

export function createPool(size: number, { timeoutMs, memoryLimitMb }: PoolOptions): Pool {
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  // Compiled (the CLI) or TypeScript run through a transformer (tests): the worker is the sibling of this file.
  const module = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url).href;
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  let seq = 0;
  let live = 0;
  const replaced = { memory: 0, failure: 0 };
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
    replaced,
    async run(path, bytes, settings) {
      const worker = await acquire();
      const id = ++seq;
      return new Promise((resolve) => {
        let done = false;
        const finish = (value: DocumentResult | { error: string }, healthy: boolean, why: keyof typeof replaced = 'failure') => {
          if (done) return;
          done = true;
          if (!healthy) replaced[why]++;
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
          const lean = (m.heapBytes ?? 0) < RECYCLE_HEAP_BYTES && process.memoryUsage().rss < memoryLimitMb * 1048576;
          finish(m.result ?? { error: m.error ?? 'unknown error' }, lean, 'memory');
        };
        const onError = (e: Error) => finish({ error: `The worker processing the file crashed: ${e.message.split('\n')[0]}` }, false);
        const onExit = (code: number) => finish({ error: `The worker processing the file stopped unexpectedly (exit ${code}).` }, false);
        const timer = setTimeout(
          () => finish({ error: `Processing took longer than ${+(timeoutMs / 1000).toFixed(3)} s and was stopped.` }, false),
          timeoutMs,
        );
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        // Copied, not transferred: a Buffer from readFileSync may be a view of a larger shared buffer, and
        // transferring that would empty the caller's bytes (which still name the document if this fails).
        worker.postMessage({ id, path, bytes, settings });
      });
    },
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
