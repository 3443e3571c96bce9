import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTables, type LatticeTable } from '../../../src/geometry/index.js';
import { documentParams, loadPdfjs } from '../../../src/ingest/pdf/pdfjs.js';
import { renderPage, type PageImage } from '../../../src/ingest/ocr/render.js';
import { analysePage } from '../../../src/ingest/ocr/structure.js';
import { makeScan, type Degradation } from '../../../scripts/lib/scan-image.js';
import { CORPUS } from '../../../scripts/lib/corpus.js';
import { pageBytes, textLayer } from '../../corpus-pages.js';
export { multisetHits } from '../../../scripts/lib/multiset.js';

/** The corpus beside the clone (CI has it there too). The project commits no copy of its pages. */
export { CORPUS };
/** A Shanghai district budget with a dense income table (p. 11) and a 三公 table (p. 21). */
export const PUTUO_JUSTICE = join(CORPUS, 'pdf', 'govbudgetchecker', '上海市普陀区司法局2026年部门预算.pdf');

/** A scan as the tests' scanner makes it: 200 dpi, a little skew, soft, grainy, JPEG. */
export const TEST_SCAN: Degradation = { dpi: 200, skew: 0.6, rotate: 0, noise: 6, blur: 0.7, faintRules: false, jpegQuality: 70 };

/** The scan-accuracy faint-rule scan: rules printed light grey and broken into dashes, grain, blur, JPEG. */
export const FAINT_SCAN: Degradation = { dpi: 200, skew: 0.46, rotate: 0, noise: 8, blur: 0.7, faintRules: true, jpegQuality: 70 };

const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)$|^-?\d+\.\d+$/;

/**
 * Pages of a corpus PDF made into an image-only scan at test time, with the text layer's amounts of
 * each page (thousands separators dropped) as the truth.
 */
export async function corpusScan(file: string, pages: number[], d: Degradation = TEST_SCAN, seed = 7): Promise<{ bytes: Uint8Array; amounts: string[][] }> {
  return withPdf(new Uint8Array(readFileSync(file)), async (doc) => {
    const amounts: string[][] = [];
    for (const n of pages) {
      const page = await doc.getPage(n);
      const tc = await page.getTextContent();
      amounts.push(tc.items.map((t) => ('str' in t ? t.str.trim().replace(/,/g, '') : '')).filter((t) => AMOUNT.test(t)));
      page.cleanup();
    }
    const bytes = new Uint8Array(await makeScan(doc, pages, d, seed));
    return { bytes, amounts };
  });
}

/** A PDF opened with pdf.js for `use`, and closed after it whatever happens. */
export async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

/** One page of a corpus PDF scanned at test time and rendered as the OCR path renders a page. */
export async function scannedPageImage(file: string, page: number, d: Degradation = TEST_SCAN): Promise<PageImage> {
  const { bytes } = await corpusScan(file, [page], d);
  return withPdf(bytes, (doc) => renderPage(doc, 1));
}

/** One page of a corpus PDF scanned at test time, rendered and analysed as the OCR path sees it (rules, segments). */
export async function scannedPageStructure(file: string, page: number, d: Degradation = TEST_SCAN): Promise<ReturnType<typeof analysePage>> {
  const img = await scannedPageImage(file, page, d);
  return analysePage(img.gray, img.dpi);
}

/** The lattice the text layer's own ruling lines give a page: what a scan's rules must rebuild. */
export async function textLayerLattice(file: string, page: number): Promise<LatticeTable[]> {
  const src = await textLayer(file, await pageBytes(file, [page]));
  return findTables(src.pages[0].segments);
}
