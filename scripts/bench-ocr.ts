/**
 * OCR benchmark: the OCR path (structure first, cell by cell) against plain whole-page recognition by the same
 * engine, on the same page images, in the same run, scored against the text layer of the same document.
 *
 *   npx tsx scripts/bench-ocr.ts [scan.pdf] [text.pdf] [--pages 10-16] [--engine paddle|tesseract] [--repeat N]
 *   npx tsx scripts/bench-ocr.ts --facts [scan.pdf] [text.pdf] [more scans...]
 *
 * Plain whole-page recognition: with `paddle`, PP-OCRv4 detection on the page as rendered (same dpi, no
 * deskew or grid) and each detected box read by the same recognition session (scripts/lib/paddle-page.ts);
 * with `tesseract`, tesseract.js on the whole page (PSM 3, chi_sim+eng, the same model and pool).
 *
 * Each side runs in a process of its own, as a document process of the batch does (`ingest` reads each
 * document in a child process with the OCR workers the memory budget gives it), compiled as the CLI runs (tsx's
 * loader alone would add ~350 MB transforming pdf.js; scripts/lib/ocr-side.ts): pages rendered while earlier
 * ones are read, at most pool size + 1 in flight (ocrPages). A third process only renders the same pages, so
 * the ratio is of recognition alone (CPU seconds of the process, all threads, rendering subtracted); the end
 * to end ratio keeps rendering in. Models are loaded before the clock starts (their cost is printed apart).
 * Memory per worker: the peak resident size (VmHWM) of each process, which holds everything one document
 * process of the batch holds for OCR: its recognition worker threads, the ONNX sessions, the page images. Each
 * side starts with the environment the batch gives its document processes (DOCUMENT_PROCESS_ENV).
 *
 * --facts runs the whole pipeline (ingest with --ocr auto, layout, recognise) on the scan and on the text
 * PDF and compares what reaches the database: line items and metadata; further scans are only processed and
 * their status printed (the corpus's scanned non-budget documents).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DOCUMENT_PROCESS_ENV, defaultMemoryLimitMb, memoryBudget, ocrWorkersFor } from '../src/batch/memory-budget.js';
import { documentProcessV8Flags } from '../src/batch/v8-flags.js';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import { closeOcr } from '../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../src/process-document.js';
import type { DocumentResult } from '../src/model/index.js';
import { measureNode, takeOption } from './lib/measure.js';
import { multisetHits } from './lib/multiset.js';
import type { Engine, Side, SideReport } from './lib/ocr-side.js';

const DEFAULT_SCAN = '/work/shared/corpus/scan/上海市普陀区司法局2026年部门预算_扫描件.pdf';
const DEFAULT_TEXT = '/work/shared/corpus/pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf';
const args = process.argv.slice(2);
if (args[0] === '--facts') {
  await compareFacts(args.slice(1));
  process.exit(0);
}
const engine = (takeOption(args, '--engine') ?? 'paddle') as Engine;
const range = takeOption(args, '--pages');
const repeat = Number(takeOption(args, '--repeat') ?? 1);
// What a document process of the batch gets on this machine at the default memory limit.
const cores = availableParallelism();
const ocrWorkers = Number(takeOption(args, '--ocr-workers') ?? ocrWorkersFor(memoryBudget(defaultMemoryLimitMb(cores), cores), cores));
const scanFile = args[0] ?? DEFAULT_SCAN;
const textFile = args[1] ?? DEFAULT_TEXT;

/**
 * Amounts with decimals found in text, commas dropped. Searched in the text rather than split on spaces:
 * the OCR path writes '9628.22万元' as the text layer does, plain OCR '9628.22 万元'.
 */
const amountsOf = (texts: string[]): string[] =>
  texts.flatMap((t) => [...t.replace(/(?<=\d),(?=\d{3})/g, '').matchAll(/(?<![\d.])-?\d+\.\d+(?![\d.])/g)].map((m) => m[0]));

/** Truth: amounts in the text layer, per page. */
async function truthAmounts(file: string): Promise<Map<number, string[]>> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(new Uint8Array(readFileSync(file)))).promise;
  const out = new Map<number, string[]>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tc = await page.getTextContent();
    out.set(n, amountsOf(tc.items.map((i) => ('str' in i ? i.str : ''))));
    page.cleanup();
  }
  await doc.destroy();
  return out;
}

async function pageList(bytes: Uint8Array): Promise<number[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  const count = doc.numPages;
  await doc.destroy();
  const [from, to] = range ? range.split('-').map(Number) : [1, count];
  return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
}

const bytes = new Uint8Array(readFileSync(scanFile));
const pages = await pageList(bytes);
const truth = await truthAmounts(textFile);
// The sides run compiled, as the CLI's document processes do (bin/build.mjs): one bundle of the side runner and
// the sources it imports, packages left to node_modules, inside dist/ so they resolve from there.
const side = fileURLToPath(new URL('../dist/bench/ocr-side.mjs', import.meta.url));
await build({ entryPoints: [fileURLToPath(new URL('./lib/ocr-side.ts', import.meta.url))], outfile: side, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
// The heap cap and V8 settings a document process of the batch runs with (document-pool.ts), so the peak is the batch's.
const budget = memoryBudget(defaultMemoryLimitMb(cores), cores);
const documentProcessFlags = [`--max-old-space-size=${budget.heapMb}`, ...documentProcessV8Flags(budget)];
const measure = async (s: Side): Promise<SideReport> => {
  const m = await measureNode([...documentProcessFlags, side, scanFile, s, engine, String(ocrWorkers), String(pages[0]), String(pages[pages.length - 1])], { env: DOCUMENT_PROCESS_ENV });
  return JSON.parse(m.stdout.trim().split('\n').pop()!) as SideReport;
};
const runs: Record<Side, SideReport[]> = { render: [], plain: [], path: [] };
for (let r = 0; r < repeat; r++) for (const side of ['render', 'plain', 'path'] as const) runs[side].push(await measure(side));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpu = (side: Side) => median(runs[side].map((x) => x.cpu));
const [plain, path] = [runs.plain[0], runs.path[0]];

let total = 0;
let plainHit = 0;
let pathHit = 0;
console.log('page\ttruth\tplain\tocr-path');
pages.forEach((n, i) => {
  const tr = truth.get(n) ?? [];
  const p = multisetHits(tr, amountsOf(plain.texts[i]));
  const o = multisetHits(tr, amountsOf(path.texts[i]));
  total += tr.length;
  plainHit += p;
  pathHit += o;
  if (tr.length) console.log(`${n}\t${tr.length}\t${p}\t${o}`);
});
const pct = (x: number) => `${((100 * x) / Math.max(1, total)).toFixed(1)}%`;
const gb = (b: number) => (b / 1024 ** 3).toFixed(2);
const recog = (side: Side) => cpu(side) - cpu('render');
const plainName = engine === 'paddle' ? 'plain whole-page PP-OCRv4 (detection + recognition)' : 'plain whole-page tesseract PSM 3';
console.log(`\n${pages.length} pages, engine ${engine}, ${ocrWorkers} OCR worker(s) per process, ${total} amounts in the text layer, ${repeat} run(s) of each side (medians)`);
console.log(`amounts exact: OCR path ${pathHit}/${total} = ${pct(pathHit)}; ${plainName} ${plainHit}/${total} = ${pct(plainHit)}`);
console.log(`recognition CPU s/page (rendering, ${(cpu('render') / pages.length).toFixed(2)} s/page, subtracted): OCR path ${(recog('path') / pages.length).toFixed(2)}, plain ${(recog('plain') / pages.length).toFixed(2)}, ratio ${(recog('path') / recog('plain')).toFixed(2)}`);
console.log(`end to end CPU (rendering included): ratio ${(cpu('path') / cpu('plain')).toFixed(2)}; wall s/page: OCR path ${(median(runs.path.map((x) => x.wall)) / pages.length).toFixed(2)}, plain ${(median(runs.plain.map((x) => x.wall)) / pages.length).toFixed(2)}`);
console.log(`loading the models (CPU s, once per process): OCR path ${path.loadCpu.toFixed(2)}, plain ${plain.loadCpu.toFixed(2)}`);
console.log(`peak RSS per worker (VmHWM of each process): OCR path ${runs.path.map((x) => gb(x.peakRss)).join(', ')} GB; plain ${runs.plain.map((x) => gb(x.peakRss)).join(', ')} GB; rendering only ${runs.render.map((x) => gb(x.peakRss)).join(', ')} GB`);

/** Whole pipeline on the scan and on its text version: line items and metadata compared. */
async function compareFacts([scan = DEFAULT_SCAN, text = DEFAULT_TEXT, ...others]: string[]): Promise<void> {
  const run = async (f: string): Promise<DocumentResult> => {
    const t0 = performance.now();
    const r = await processDocument(f, new Uint8Array(readFileSync(f)), defaultSettings());
    console.log(`${f.split('/').pop()}: ${r.status} ${r.sourceKind} ${((performance.now() - t0) / 1000).toFixed(0)} s${r.error ? ' - ' + r.error : ''}`);
    return r;
  };
  const items = (r: DocumentResult) =>
    (r.facts?.tables ?? []).flatMap((t) => t.lineItems.filter((li) => li.amount.text !== null).map((li) => `${t.kind}|${li.code ?? li.name}|${li.column}|${li.amount.text}`));
  const truthRun = await run(text);
  const scanRun = await run(scan);
  const truthItems = items(truthRun);
  const hit = multisetHits(truthItems, items(scanRun));
  console.log(`line items identical (table kind, code, column, amount): ${hit}/${truthItems.length} = ${((100 * hit) / Math.max(1, truthItems.length)).toFixed(1)}%`);
  const conf = (scanRun.facts?.tables ?? []).flatMap((t) => t.lineItems.map((li) => li.amount.confidence)).filter((c) => c !== undefined);
  console.log(`scan line items with an OCR confidence: ${conf.length}`);
  for (const k of ['department', 'fiscalYear', 'docType', 'title', 'isDisclosure', 'narrativeUnit'] as const) {
    const a = truthRun.facts?.meta[k];
    const b = scanRun.facts?.meta[k];
    console.log(`meta ${k}: text ${JSON.stringify(a)} scan ${JSON.stringify(b)}${a === b ? '' : '  <- differs'}`);
  }
  for (const f of others) await run(f);
  await closeOcr();
}
