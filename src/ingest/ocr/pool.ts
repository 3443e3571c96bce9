import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import PQueue from 'p-queue';
import { createWorker, OEM, type Worker } from 'tesseract.js';

/** Which trained model: the larger float model reads dense digits far better; best_int is faster. */
export type OcrModel = '4.0.0' | '4.0.0_best_int';

export interface PoolOptions {
  size?: number;
  model?: OcrModel;
  /** Workers are terminated after this long without jobs, so a CLI run exits without closeOcr(). */
  idleMs?: number;
}

/**
 * A language's trained model inside its installed @tesseract.js-data package: the only place it is read from.
 * Nothing is downloaded (createWorker would fetch from a CDN without a local langPath, and hang offline) and
 * nothing is copied or linked into a temporary folder.
 */
export function traineddataFile(code: Lang, model: OcrModel): string {
  const req = createRequire(import.meta.url);
  return join(dirname(req.resolve(`@tesseract.js-data/${code}/package.json`)), model, `${code}.traineddata.gz`);
}

const LANGS = ['chi_sim', 'eng'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A tesseract.js worker reading chi_sim+eng, each model straight from its own package. tesseract.js takes one
 * langPath for all languages (and version 7 cannot take the bytes: its initialise joins the languages' `data`
 * instead of their `code`), while the two packages live in separate folders. So the worker starts with eng
 * (the smaller model, the cheaper first initialisation) from its package folder; chi_sim is written into the
 * worker's in-memory file system and the worker is initialised again with both. createWorker keeps the array
 * it is given as its list of loaded languages, so naming chi_sim in it stops reinitialize from looking for
 * chi_sim in eng's folder.
 * cacheMethod 'none': nothing is written next to the process (tesseract.js caches in cwd by default).
 */
async function startWorker(model: OcrModel): Promise<Worker> {
  const loaded: string[] = ['eng'];
  const worker = await createWorker(loaded, OEM.LSTM_ONLY, { langPath: dirname(traineddataFile('eng', model)), cacheMethod: 'none', gzip: true });
  await worker.FS('writeFile', ['chi_sim.traineddata', gunzipSync(readFileSync(traineddataFile('chi_sim', model)))]);
  loaded.push('chi_sim');
  await worker.reinitialize(LANGS.join('+'), OEM.LSTM_ONLY);
  return worker;
}

export class OcrPool {
  readonly size: number;
  readonly model: OcrModel;
  private readonly queue: PQueue;
  private idle: Worker[] = [];
  private all: Promise<Worker>[] = [];
  private readonly idleMs: number;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(opts: PoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? availableParallelism());
    this.model = opts.model ?? '4.0.0';
    this.idleMs = opts.idleMs ?? 5000;
    this.queue = new PQueue({ concurrency: this.size });
  }

  /** Workers started and not yet terminated. */
  get workerCount(): number {
    return this.all.length;
  }

  /** Workers start on first use, one per concurrent job, so an all-text batch never pays for them. */
  private async checkout(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return w;
    const created = startWorker(this.model);
    this.all.push(created);
    const worker = await created;
    await worker.setParameters({ preserve_interword_spaces: '1' });
    return worker;
  }

  /** Runs `job` with a worker of its own; parameters it sets stay set, so jobs set all they rely on. */
  run<T>(job: (w: Worker) => Promise<T>): Promise<T> {
    clearTimeout(this.idleTimer);
    return this.queue.add(async () => {
      const w = await this.checkout();
      try {
        return await job(w);
      } finally {
        this.idle.push(w);
        if (this.queue.size === 0 && this.queue.pending <= 1) {
          clearTimeout(this.idleTimer);
          this.idleTimer = setTimeout(() => void this.terminateIdle(), this.idleMs);
        }
      }
    }) as Promise<T>;
  }

  /** Ends the workers when nothing is queued; the next job starts new ones. */
  private async terminateIdle(): Promise<void> {
    if (this.queue.size || this.queue.pending) return;
    await this.close();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    await this.queue.onIdle();
    // Take the list first: a job arriving meanwhile starts a fresh worker rather than a terminated one.
    const list = this.all;
    this.all = [];
    this.idle = [];
    const workers = await Promise.allSettled(list);
    await Promise.all(workers.map((r) => (r.status === 'fulfilled' ? r.value.terminate() : undefined)));
  }
}

let shared: OcrPool | undefined;

/** The process-wide pool, created lazily. */
export function ocrPool(opts?: PoolOptions): OcrPool {
  return (shared ??= new OcrPool(opts));
}

/** Terminates the shared pool's workers (end of a batch); the next use starts a new pool. */
export async function closeOcr(): Promise<void> {
  const p = shared;
  shared = undefined;
  if (p) await p.close();
}
