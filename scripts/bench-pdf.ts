/**
 * Times PDF ingest + layout against bare pdfjs getTextContent on the same files, in the same run.
 * Usage: npx tsx scripts/bench-pdf.ts [files...]   (default: every PDF under /work/shared/corpus/pdf)
 * Prints per file and in total: seconds for each, the ratio, pages per second, and peak RSS.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IngestOptions } from '../src/ingest/options.js';
import { ingestPdf } from '../src/ingest/pdf/ingest-pdf.js';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import { layoutDocument } from '../src/layout/index.js';
import { SourceDocument } from '../src/model/index.js';

const DEFAULT_ROOT = '/work/shared/corpus/pdf';

function listPdfs(root: string): string[] {
  return readdirSync(root).flatMap((n) => {
    const p = join(root, n);
    return statSync(p).isDirectory() ? listPdfs(p) : /\.pdf$/i.test(n) ? [p] : [];
  });
}

/** The baseline: what a bare text extraction costs. */
async function bareText(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Text-layer ingest + layout; OCR is off, its cost is measured apart. */
async function ours(bytes: Uint8Array, name: string): Promise<number> {
  const src = SourceDocument.parse(await ingestPdf(bytes, name, IngestOptions.parse({ ocr: 'never' })));
  return layoutDocument(src).pageCount;
}

async function time<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, (performance.now() - t0) / 1000];
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const args = process.argv.slice(2);
const files = args.length ? args : listPdfs(DEFAULT_ROOT);
// Warm-up of both paths: module load and JIT are paid once, not by whichever runs first.
for (let i = 0; i < 2; i++) {
  await bareText(readFileSync(files[0]));
  await ours(readFileSync(files[0]), 'warm-up.pdf');
}

let totalBare = 0, totalOurs = 0, totalPages = 0;
console.log(['file', 'pages', 'bare s', 'ours s', 'ratio', 'pages/s', 'rss MB'].join('\t'));
for (const f of files) {
  const bytes = readFileSync(f);
  try {
    const [pages, tb] = await time(() => bareText(bytes));
    const [, to] = await time(() => ours(bytes, basename(f)));
    totalBare += tb;
    totalOurs += to;
    totalPages += pages;
    const rss = Math.round(process.memoryUsage().rss / 1048576);
    console.log([basename(f).slice(0, 40), pages, tb.toFixed(2), to.toFixed(2), (to / tb).toFixed(2), (pages / to).toFixed(1), rss].join('\t'));
  } catch (e) {
    console.log(`${basename(f)}\tfailed: ${(e as Error).message}`);
  }
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(
  `total: ${totalPages} pages, bare ${totalBare.toFixed(2)} s, ours ${totalOurs.toFixed(2)} s, ratio ${(totalOurs / totalBare).toFixed(2)}, ` +
    `${(totalPages / totalOurs).toFixed(1)} pages/s, peak RSS ${Math.round(peakRss / 1048576)} MB`,
);
