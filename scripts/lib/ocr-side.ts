/**
 * One side of bench-ocr, run in a process of its own as a document process of the batch runs (compiled, no
 * tsx: its loader adds ~350 MB of resident memory transforming pdf.js, which the CLI never carries):
 *
 *   node ocr-side.mjs <scan.pdf> <render|plain|path> <paddle|tesseract> <ocr workers> <first page> <last page>
 *
 * Prints one line of JSON (SideReport). `render` only renders the pages; `plain` reads each whole page with the
 * engine alone; `path` is ocrPages, what ingest runs on a scan.
 */
import { readFileSync } from 'node:fs';
import { closeOcr, ocrPages, ocrPool } from '../../src/ingest/ocr/index.js';
import { lineDirection, readLines } from '../../src/ingest/ocr/paddle.js';
import { readImage } from '../../src/ingest/ocr/recognise.js';
import { renderPage, type PageImage } from '../../src/ingest/ocr/render.js';
import { documentParams, loadPdfjs } from '../../src/ingest/pdf/pdfjs.js';
import { detectText, readPagePlain } from './paddle-page.js';

export type Side = 'render' | 'plain' | 'path';
export type Engine = 'paddle' | 'tesseract';

export interface SideReport {
  side: Side;
  /** Per page, the text of every line or run read. */
  texts: string[][];
  /** CPU seconds (user + system, all threads of the process) loading the models, and reading the pages. */
  loadCpu: number;
  cpu: number;
  wall: number;
  /** Peak resident size of the process (VmHWM: every thread, the ONNX sessions and tesseract workers), bytes. */
  peakRss: number;
  ocrWorkers: number;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const peakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
const WHITE = { width: 64, height: 48, data: new Uint8Array(64 * 48).fill(255) };

export async function runSide(scanFile: string, side: Side, engine: Engine, ocrWorkers: number, pages: number[]): Promise<SideReport> {
  const bytes = new Uint8Array(readFileSync(scanFile));
  const pool = ocrPool({ size: ocrWorkers });
  let c = cpuNow();
  // The models each side needs, loaded before the clock starts (a long batch loads them once per process).
  if (side !== 'render' && (engine === 'tesseract' || side === 'path')) await Promise.all(Array.from({ length: pool.size }, () => pool.run(async () => undefined)));
  if (engine === 'paddle' && side === 'path') await Promise.all([readLines([WHITE]), lineDirection([WHITE])]);
  if (engine === 'paddle' && side === 'plain') await Promise.all([readLines([WHITE]), detectText(WHITE)]);
  const loadCpu = cpuNow() - c;
  c = cpuNow();
  const t = performance.now();
  let texts: string[][];
  if (side === 'path') {
    texts = (await ocrPages(bytes, pages, { pool, engine })).map((p) => p.runs.map((r) => r.text));
  } else {
    const read = async (img: PageImage): Promise<string[]> => {
      if (side === 'render') return [];
      if (engine === 'paddle') return (await readPagePlain(img.gray)).map((l) => l.text);
      return (await readImage(pool, img.gray, { psm: 'auto' })).lines.map((l) => l.words.map((w) => w.text).join(' '));
    };
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
    const pending: Promise<string[]>[] = [];
    for (const n of pages) {
      // As ocrPages: at most pool.size + 1 pages in flight.
      if (pending.length > pool.size) await pending[pending.length - pool.size - 1];
      pending.push(read(await renderPage(doc, n)));
    }
    texts = await Promise.all(pending);
    await doc.destroy();
  }
  const report = { side, texts, loadCpu, cpu: cpuNow() - c, wall: (performance.now() - t) / 1000, peakRss: peakRss(), ocrWorkers: pool.size };
  await closeOcr();
  return report;
}

const [scan, side, engine, workers, from, to] = process.argv.slice(2);
if (scan && side) {
  const pages = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => Number(from) + i);
  console.log(JSON.stringify(await runSide(scan, side as Side, engine as Engine, Number(workers), pages)));
  process.exit(0);
}
