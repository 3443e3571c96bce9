import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * A folder holding chi_sim and eng of one model, as links into the installed @tesseract.js-data packages:
 * a local langPath means no CDN (createWorker would hang offline). tesseract.js 7 cannot take the bytes
 * directly (its initialise joins `data` instead of `code`), and the two packages live in separate folders.
 * The folder is this process's own (mkdtemp: an unpredictable name, mode 0700) and is removed at exit:
 * a fixed shared folder would let another local user plant model files that every later run loads.
 */
const langDirs = new Map<OcrModel, string>();
export function langPath(model: OcrModel): string {
  const known = langDirs.get(model);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), `budgetlens-tessdata-${model}-`));
  const req = createRequire(import.meta.url);
  for (const code of LANGS) {
    const target = join(dirname(req.resolve(`@tesseract.js-data/${code}/package.json`)), model, `${code}.traineddata.gz`);
    symlinkSync(target, join(dir, `${code}.traineddata.gz`));
  }
  if (!langDirs.size) process.once('exit', () => langDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  langDirs.set(model, dir);
  return dir;
}

const LANGS = ['chi_sim', 'eng'] as const;

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
    // cacheMethod 'none': nothing is written next to the process (tesseract.js caches in cwd by default).
    const created = createWorker(LANGS.join('+'), OEM.LSTM_ONLY, { langPath: langPath(this.model), cacheMethod: 'none', gzip: true });
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
