/**
 * pdfjs-dist's legacy build, loaded once and lazily, without the global slowdowns it brings.
 *
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push and JSON.parse for the
 * whole process with spec-polyfills written in JavaScript (for edge cases such as 2^32-long arrays that
 * neither pdf.js nor we meet). Every push anywhere then runs through the polyfill: a profile of the corpus
 * ingest spent ~5 s of 30 in it. The natives are put back right after the import. The worker module (which
 * brings its own copy of core-js) is imported in the same window: it registers itself as
 * globalThis.pdfjsWorker, where pdf.js's in-thread "fake worker" looks before importing it late.
 */
import { installWholeInflate } from './whole-inflate.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Built-ins the legacy build is known to replace (checked against pdfjs-dist 5.4). */
const REPLACED = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
] as const;

let loaded: Promise<Pdfjs> | undefined;
let workerModule: { WorkerMessageHandler: { initializeFromPort(port: unknown): void } } | undefined;

/** pdf.js's parser side (its worker module, run in this thread), once loadPdfjs has resolved. */
export function pdfjsParser(): { initializeFromPort(port: unknown): void } {
  if (!workerModule) throw new Error('pdf.js is not loaded yet.');
  return workerModule.WorkerMessageHandler;
}

async function importRestoringNatives(): Promise<Pdfjs> {
  const saved = REPLACED.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    workerModule = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
  }
}

export const loadPdfjs = (): Promise<Pdfjs> => {
  installWholeInflate();
  return (loaded ??= importRestoringNatives());
};
