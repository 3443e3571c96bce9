import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { DocumentResult } from '../model/index.js';
import type { ProcessSettings } from '../process-settings.js';
import { DOCUMENT_PROCESS_ENV, memoryBudget, type MemoryBudget } from './memory-budget.js';
import { documentProcessV8Flags } from './v8-flags.js';

/**
 * A fixed pool of child processes running processDocument, one document at a time each. A process is a
 * boundary that caps everything a document can allocate, the JS heap (--max-old-space-size) and the native
 * memory of pdf.js images, canvas and tesseract alike: the pool reads each child's resident size and kills
 * one that passes its share of --memory-limit, so the document fails with that reason and the batch goes on.
 * A child that crashes or overruns its time is replaced the same way; one left large by a document (garbage,
 * allocator fragments) is replaced after it, so a long batch does not creep.
 */
export interface Pool {
  run(path: string, settings: ProcessSettings): Promise<DocumentResult | { error: string }>;
  close(): Promise<void>;
  /** Children replaced so far: to keep within the memory limit, and after a crash, a timeout or an overrun. */
  replaced: { memory: number; failure: number };
  readonly budget: MemoryBudget;
}

export { defaultMemoryLimitMb } from './memory-budget.js';

export interface PoolOptions {
  timeoutMs: number;
  /** The whole batch's memory (this process and its children) in MB. */
  memoryLimitMb: number;
  /** What the document processes print (library messages) goes to this process's stdout/stderr, where ingest
   *  catches it for its log; otherwise it is dropped. A crash's last lines are kept for its reason either way. */
  forwardOutput?: boolean;
}

/** How often each busy child's resident size is read. */
const SAMPLE_MS = 50;
/** A child still this full of its budget after a document is replaced before the next. */
const RECYCLE_SHARE = 0.6;

function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // not Linux, or it has just exited: the heap limit still holds
  }
}

export function overBudgetMessage(budget: MemoryBudget): string {
  return `The document needs more memory than --memory-limit allows (${budget.perDocumentMb} MB per document of ${budget.limitMb} MB).`;
}

export function createPool(size: number, { timeoutMs, memoryLimitMb, forwardOutput = false }: PoolOptions): Pool {
  const budget = memoryBudget(memoryLimitMb, size);
  const entry = new URL('./child-entry.mjs', import.meta.url).pathname;
  // Compiled (the CLI) or TypeScript run through a transformer (tests): the child is the sibling of this file.
  const module = new URL(import.meta.url.endsWith('.ts') ? './child.ts' : './child.js', import.meta.url).href;
  const idle: ChildProcess[] = [];
  const waiting: Array<(c: ChildProcess) => void> = [];
  let seq = 0;
  let live = 0;
  const replaced = { memory: 0, failure: 0 };
  const spawn = () => {
    live++;
    const child = fork(entry, [], {
      env: { ...process.env, ...DOCUMENT_PROCESS_ENV, BUDGETLENS_CHILD_MODULE: module },
      // The heap cap turns a runaway JS allocation into a clean exit long before the process limit.
      execArgv: [`--max-old-space-size=${budget.heapMb}`, ...documentProcessV8Flags(budget)],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let tail = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (forwardOutput) process.stdout.write(d);
    });
    child.stderr!.on('data', (d: Buffer) => {
      tail = (tail + d.toString()).slice(-4096);
      if (forwardOutput) process.stderr.write(d);
    });
    (child as ChildProcess & { stderrTail: () => string }).stderrTail = () => tail;
    child.on('error', () => undefined); // a send to a child that just died: its 'exit' says what happened
    child.once('exit', () => {
      // One that dies idle (killed from outside) is not handed a document.
      const i = idle.indexOf(child);
      if (i >= 0) {
        idle.splice(i, 1);
        live--;
      }
    });
    return child;
  };
  const acquire = (): Promise<ChildProcess> => {
    const c = idle.pop();
    if (c) return Promise.resolve(c);
    if (live < budget.workers) return Promise.resolve(spawn());
    return new Promise((res) => waiting.push(res));
  };
  const release = (c: ChildProcess | null) => {
    const next = waiting.shift();
    if (next) next(c ?? spawn());
    else if (c) idle.push(c);
  };
  return {
    replaced,
    budget,
    async run(path, settings) {
      const child = await acquire();
      const id = ++seq;
      return new Promise((resolve) => {
        let done = false;
        let overran = false;
        const finish = (value: DocumentResult | { error: string }, healthy: boolean, why: keyof typeof replaced = 'failure') => {
          if (done) return;
          done = true;
          if (!healthy) replaced[why]++;
          clearTimeout(timer);
          clearInterval(sampler);
          child.off('message', onMessage);
          child.off('exit', onExit);
          if (healthy) release(child);
          else {
            live--;
            child.kill('SIGKILL');
            release(null);
          }
          resolve(value);
        };
        const onMessage = (m: { id: number; result?: DocumentResult; error?: string }) => {
          if (m.id !== id) return;
          const lean = rssOf(child.pid) < budget.perDocumentMb * 1048576 * RECYCLE_SHARE;
          finish(m.result ?? { error: m.error ?? 'unknown error' }, lean, 'memory');
        };
        const onExit = (code: number | null, signal: string | null) => {
          const tail = (child as ChildProcess & { stderrTail?: () => string }).stderrTail?.() ?? '';
          if (overran || /heap out of memory|Allocation failed|Cannot allocate memory|std::bad_alloc/i.test(tail)) {
            return finish({ error: overBudgetMessage(budget) }, false, 'memory');
          }
          finish({ error: `The process reading the file stopped unexpectedly (${signal ?? `exit ${code}`}).` }, false);
        };
        const sampler = setInterval(() => {
          if (rssOf(child.pid) > budget.perDocumentMb * 1048576) {
            overran = true;
            finish({ error: overBudgetMessage(budget) }, false, 'memory');
          }
        }, SAMPLE_MS);
        const timer = setTimeout(
          () => finish({ error: `Processing took longer than ${+(timeoutMs / 1000).toFixed(3)} s and was stopped.` }, false),
          timeoutMs,
        );
        child.on('message', onMessage);
        child.on('exit', onExit);
        child.send({ id, path, settings });
      });
    },
    async close() {
      const all = idle.splice(0);
      await Promise.all(
        all.map((c) => new Promise<void>((res) => {
          if (c.exitCode !== null || c.signalCode !== null) return res();
          c.once('exit', () => res());
          c.disconnect();
          setTimeout(() => c.kill('SIGKILL'), 2000).unref();
        })),
      );
    },
  };
}
