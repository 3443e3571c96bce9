/**
 * OCR benchmark: the OCR path (structure first, cell by cell) against plain tesseract.js whole-page
 * recognition (PSM 3, chi_sim+eng, same model, same page images, same pool size), scored against the
 * text layer of the same document.
 *
 *   npx tsx scripts/bench-ocr.ts [scan.pdf] [text.pdf] [--pages 10-16] [--engine paddle|tesseract]
 *   npx tsx scripts/bench-ocr.ts --facts [scan.pdf] [text.pdf] [more scans...]
 *
 * --facts runs the whole pipeline (ingest with --ocr auto, layout, recognise) on the scan and on the text
 * PDF and compares what reaches the database: line-item amounts and the document's metadata; further
 * scans are only processed and their status printed (the corpus's scanned non-budget documents).
 */
import { readFileSync } from 'node:fs';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import { closeOcr, ocrPageImage, ocrPool } from '../src/ingest/ocr/index.js';
import { readImage } from '../src/ingest/ocr/recognise.js';
import { renderPage, type PageImage } from '../src/ingest/ocr/render.js';
import { defaultSettings, processDocument } from '../src/process-document.js';
import type { DocumentResult } from '../src/model/index.js';
import { multisetHits } from './lib/multiset.js';

const DEFAULT_SCAN = '/work/shared/corpus/scan/上海市普陀区司法局2026年部门预算_扫描件.pdf';
const DEFAULT_TEXT = '/work/shared/corpus/pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf';
const args = process.argv.slice(2);
if (args[0] === '--facts') {
  await compareFacts(args.slice(1));
  process.exit(0);
}
const engineFlag = args.indexOf('--engine');
const engine = (engineFlag >= 0 ? args.splice(engineFlag, 2)[1] : 'paddle') as 'paddle' | 'tesseract';
const flag = args.indexOf('--pages');
const range = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
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


const bytes = new Uint8Array(readFileSync(scanFile));
const truth = await truthAmounts(textFile);
const pdfjs = await loadPdfjs();
const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
const [from, to] = range ? range.split('-').map(Number) : [1, doc.numPages];
const pages = Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
const images: PageImage[] = [];
let t = performance.now();
for (const n of pages) images.push(await renderPage(doc, n));
const renderSec = (performance.now() - t) / 1000;
await doc.destroy();

const pool = ocrPool();
await Promise.all(Array.from({ length: pool.size }, () => pool.run(async () => undefined))); // workers up before timing

t = performance.now();
const plain = await Promise.all(images.map((img) => readImage(pool, img.gray, { psm: 'auto' })));
const plainSec = (performance.now() - t) / 1000;
t = performance.now();
const ours = await Promise.all(images.map((img, i) => ocrPageImage(pool, img, pages[i], engine)));
const oursSec = (performance.now() - t) / 1000;
await closeOcr();

let total = 0;
let plainHit = 0;
let oursHit = 0;
console.log('page\ttruth\tplain\tocr-path');
pages.forEach((n, i) => {
  const tr = truth.get(n) ?? [];
  const p = multisetHits(tr, amountsOf(plain[i].lines.map((l) => l.words.map((w) => w.text).join(' '))));
  const o = multisetHits(tr, amountsOf(ours[i].page.runs.map((r) => r.text)));
  total += tr.length;
  plainHit += p;
  oursHit += o;
  if (tr.length) console.log(`${n}\t${tr.length}\t${p}\t${o}`);
});
const pct = (x: number) => `${((100 * x) / Math.max(1, total)).toFixed(1)}%`;
console.log(`\npages ${pages.length}, pool ${pool.size} workers, ${total} amounts in the text layer`);
console.log(`amounts exact: OCR path ${oursHit}/${total} = ${pct(oursHit)}; plain whole-page PSM 3 ${plainHit}/${total} = ${pct(plainHit)}`);
console.log(`cells read by ${engine}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`recognition s/page: OCR path ${(oursSec / pages.length).toFixed(2)}, plain ${(plainSec / pages.length).toFixed(2)}, ratio ${(oursSec / plainSec).toFixed(2)}`);
console.log(`end to end (render + structure + OCR) with the default pool: ${((60 * pages.length) / (renderSec + oursSec)).toFixed(1)} pages/min (render ${(renderSec / pages.length).toFixed(2)} s/page)`);

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
