/**
 * Makes a scan from a text PDF for a look or a benchmark: pages rendered and degraded as a scanner would
 * (scripts/lib/scan-image.ts), wrapped as an image-only PDF, with the text layer's amounts per page written
 * next to it as the truth. Write it outside the repository: the project commits no copy of a corpus page
 * (tests make their scans at test time, test/ingest/ocr/corpus-scan.ts).
 *
 *   npx tsx scripts/make-scan-fixture.ts <text.pdf> <out.pdf> <page,page,...> [--dpi 200] [--skew 0.6] [--rotate 0|90|180|270] [--faint] [--seed 7]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import { makeScan } from './lib/scan-image.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const dpi = opt('dpi', 200);
const skew = opt('skew', 0.6);
const rotate = opt('rotate', 0) as 0 | 90 | 180 | 270;
const seed = opt('seed', 7);
const faint = args.includes('--faint');
const [src, out, pageList] = args.filter((a) => a !== '--faint');
if (!src || !out || !pageList) throw new Error('usage: make-scan-fixture <text.pdf> <out.pdf> <pages> [--dpi] [--skew] [--rotate] [--faint] [--seed]');
const pages = pageList.split(',').map(Number);

const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)$|^-?\d+\.\d+$/;
const pdfjs = await loadPdfjs();
const doc = await pdfjs.getDocument(documentParams(new Uint8Array(readFileSync(src)))).promise;
const truth: { page: number; sourcePage: number; amounts: string[] }[] = [];
for (const [i, n] of pages.entries()) {
  const page = await doc.getPage(n);
  const tc = await page.getTextContent();
  truth.push({ page: i + 1, sourcePage: n, amounts: tc.items.map((t) => ('str' in t ? t.str.trim().replace(/,/g, '') : '')).filter((t) => AMOUNT.test(t)) });
  page.cleanup();
}
const scan = await makeScan(doc, pages, { dpi, skew, rotate, noise: 6, blur: 0.7, faintRules: faint, jpegQuality: 70 }, seed);
await doc.destroy();
writeFileSync(out, scan);
writeFileSync(out.replace(/\.pdf$/, '.truth.json'), JSON.stringify({ source: src.split('/').pop(), dpi, skew, rotate, pages: truth }, null, 1) + '\n');
