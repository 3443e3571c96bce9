import type { SourceDocument, SourcePage } from '../../model/index.js';
import { IngestError } from '../errors.js';
import type { IngestOptions } from '../options.js';
import { toIngestError } from './load-errors.js';
import type { Matrix } from './matrix.js';
import { mergeRuns } from './merge-runs.js';
import { type PdfFont, textFromOperatorList } from './oplist-text.js';
import { pageGraphics } from './page-graphics.js';
import { loadPdfjs, openForReading } from './pdfjs.js';
import { checkStreamBudget } from './stream-budget.js';
import { type PdfTextItem, toRuns } from './text-runs.js';

/** A page whose largest image covers this much of it and which has little text is a scan. */
const SCAN_COVER = 0.5;
const SCAN_MAX_CHARS = 40;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;
type PdfDoc = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;
/** `blank`: nothing at all is drawn on it (known after the image pass), so there is nothing to render or read. */
type ReadPage = SourcePage & { chars: number; imageCover: number; blank: boolean };

/**
 * Text runs of a page from the operator list already fetched for its lines (one content-stream pass
 * instead of two); pages with vertical fonts fall back to pdfjs's own text extraction.
 */
async function pageText(page: PdfPage, opList: { fnArray: number[]; argsArray: unknown[] }, base: Matrix, pdfjs: Pdfjs) {
  const getFont = (name: string): PdfFont | null => {
    try {
      return page.commonObjs.get(name) as PdfFont;
    } catch {
      return null; // not resolved: its text is skipped rather than misplaced
    }
  };
  const fromOps = textFromOperatorList(opList.fnArray, opList.argsArray, base, getFont, pdfjs.OPS, pdfjs.normalizeUnicode);
  if (fromOps) return toRuns(fromOps.items, fromOps.styles, IDENTITY);
  const content = await page.getTextContent();
  const items = content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i);
  return toRuns(items, content.styles, base);
}

/** One page: text runs, ruling lines, size (images are not decoded in this pass). */
async function readPage(page: PdfPage, pdfjs: Pdfjs): Promise<ReadPage> {
  const OPS = pdfjs.OPS;
  const viewport = page.getViewport({ scale: 1 });
  const base = viewport.transform as unknown as Matrix;
  const opList = await page.getOperatorList();
  const { segments } = pageGraphics(opList.fnArray, opList.argsArray, base, viewport.width * viewport.height, OPS);
  // Text drawn off the page (left over from the previous page by some Word printers) is not shown; drop it.
  const onPage = (await pageText(page, opList, base, pdfjs)).filter(
    (r) => r.x + r.width > 0 && r.y + r.height > 0 && r.x < viewport.width && r.y < viewport.height,
  );
  const runs = mergeRuns(onPage, segments);
  const chars = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  return {
    number: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    textLayer: chars > 0 ? 'text' : 'none',
    runs,
    segments,
    lines: [],
    chars,
    imageCover: 0,
    blank: false,
  };
}

/**
 * Second pass, only over pages with little text: how much of each is covered by an image, so a scan
 * with a few stray characters (a stamped page number) still goes to OCR.
 */
async function measureImages(pdfjs: Pdfjs, bytes: Uint8Array, pages: ReadPage[]): Promise<void> {
  const opened = openForReading(pdfjs, bytes, { images: true });
  try {
    const doc = await opened.task.promise;
    for (const p of pages) {
      const page = await doc.getPage(p.number);
      try {
        const viewport = page.getViewport({ scale: 1 });
        const ops = await page.getOperatorList();
        const g = pageGraphics(ops.fnArray, ops.argsArray, viewport.transform as unknown as Matrix, viewport.width * viewport.height, pdfjs.OPS);
        p.imageCover = g.imageCover;
        if (p.imageCover >= SCAN_COVER) p.textLayer = 'none';
        p.blank = p.chars === 0 && g.marks === 0;
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await opened.close();
  }
}

/** 'pdf_text' when every page with content has a text layer, 'pdf_scan' when none has, else mixed. */
function sourceKindOf(pages: readonly ReadPage[]): SourceDocument['sourceKind'] {
  const withContent = pages.filter((p) => p.chars > 0 || p.imageCover > 0.05);
  const text = withContent.filter((p) => p.textLayer === 'text').length;
  // No text anywhere: only OCR can read it (image pages whose images pdfjs could not place count too).
  if (text === 0) return 'pdf_scan';
  if (text === withContent.length) return 'pdf_text';
  return 'pdf_mixed';
}

/** Ingest of a PDF: per page, text runs and ruling lines in top-left-origin points. */
export async function ingestPdf(bytes: Uint8Array, fileName: string, options: IngestOptions): Promise<SourceDocument> {
  await checkStreamBudget(bytes, options);
  const pdfjs = await loadPdfjs();
  const opened = openForReading(pdfjs, bytes, { images: false });
  try {
    const doc = await opened.task.promise.catch((e: unknown) => {
      throw toIngestError(e);
    });
    if (doc.numPages === 0) throw new IngestError('empty', 'The PDF has no pages.');
    if (doc.numPages > options.maxPages) {
      throw new IngestError('too_large', `The PDF has ${doc.numPages} pages, over the ${options.maxPages}-page limit.`);
    }
    const pages: ReadPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch((e: unknown) => {
        throw toIngestError(e);
      });
      try {
        pages.push(await readPage(page, pdfjs));
      } catch (e) {
        throw toIngestError(e);
      } finally {
        page.cleanup();
      }
    }
    const sparse = pages.filter((p) => p.chars < SCAN_MAX_CHARS);
    if (sparse.length) await measureImages(pdfjs, bytes, sparse).catch((e: unknown) => {
      throw toIngestError(e);
    });
    // OCR: pages without a text layer (auto) or every page (always); the kind still says what the file had.
    // A blank page is never rendered: OCR of nothing costs a page-sized image and finds nothing.
    const toOcr = options.ocr === 'never' ? [] : pages.filter((p) => !p.blank && (options.ocr === 'always' || p.textLayer === 'none')).map((p) => p.number);
    // The OCR path (tesseract, canvas) is loaded only for a document that needs it: text PDFs never pay for it.
    const ocred = new Map<number, SourcePage>();
    if (toOcr.length) {
      const { ocrPages, ocrPool } = await import('../ocr/index.js');
      for (const p of await ocrPages(bytes, toOcr, { engine: options.ocrEngine, ...(options.ocrWorkers ? { pool: ocrPool({ size: options.ocrWorkers }) } : {}) })) ocred.set(p.number, p);
    }
    return {
      fileName,
      sourceKind: sourceKindOf(pages),
      pages: pages.map(({ chars: _c, imageCover: _i, blank: _b, ...p }) => ocred.get(p.number) ?? p),
    };
  } finally {
    await opened.close();
  }
}
