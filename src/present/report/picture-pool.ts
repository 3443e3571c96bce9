import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PagePictureOptions, PagePictureRequest, PagePictureResult } from './pdf-pictures.js';

/**
 * Page pictures drawn in worker threads, one document per job: drawing and encoding pages is most of the
 * report's time, and documents are independent. A worker that dies fails its document's pictures only.
 */
export interface PicturePool {
  render(pdf: string, requests: PagePictureRequest[], options: PagePictureOptions): Promise<PagePictureResult[]>;
  close(): Promise<void>;
}

export const defaultPictureWorkers = (): number => Math.max(1, Math.min(4, availableParallelism()));

export function createPicturePool(size: number): PicturePool {
  const entry = new URL('./picture-worker-entry.mjs', import.meta.url);
  const module = new URL(import.meta.url.endsWith('.ts') ? './picture-worker.ts' : './picture-worker.js', import.meta.url).href;
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const all = new Set<Worker>();
  let seq = 0;
  const spawn = () => {
    const w = new Worker(entry, { workerData: { module }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    all.add(w);
    return w;
  };
  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    if (w) return Promise.resolve(w);
    if (all.size < size) return Promise.resolve(spawn());
    return new Promise((res) => waiting.push(res));
  };
  const release = (w: Worker | null) => {
    const next = waiting.shift();
    if (next) next(w ?? spawn());
    else if (w) idle.push(w);
  };
  return {
    async render(pdf, requests, options) {
      if (requests.length === 0) return [];
      const w = await acquire();
      const id = ++seq;
      return new Promise((resolve) => {
        const done = (results: PagePictureResult[], healthy: boolean) => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          if (!healthy) {
            all.delete(w);
            void w.terminate();
          }
          release(healthy ? w : null);
          resolve(results);
        };
        const failAll = (error: string) => requests.map((r) => ({ ...r, ok: false, error }));
        const onMessage = (m: { id: number; results?: PagePictureResult[]; error?: string }) => {
          if (m.id === id) done(m.results ?? failAll(m.error ?? '未知错误'), true);
        };
        const onError = (e: Error) => done(failAll(`绘制进程出错：${e.message.split('\n')[0]}`), false);
        const onExit = (code: number) => done(failAll(`绘制进程意外退出（${code}）`), false);
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ id, pdf, requests, options });
      });
    },
    async close() {
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
    },
  };
}
