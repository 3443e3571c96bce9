import type { SourceDocument, SourcePage } from '../../model/index.js';
import { IngestError } from '../errors.js';
import type { IngestOptions } from '../options.js';
import { toIngestError } from './load-errors.js';
import type { Matrix } from './matrix.js';
import { mergeRuns } from './merge-runs.js';
import { pageGraphics } from './page-graphics.js';
import { documentParams, loadPdfjs } from './pdfjs.js';
import { type PdfTextItem, toRuns } from './text-runs.js';

/** A page whose largest image covers this much of it and which has little text is a scan. */
const SCAN_COVER = 0.5;
const SCAN_MAX_CHARS = 40;

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>['getPage']>>;

/** One page: text runs, ruling lines, size, and whether the text layer is real. */
async function readPage(page: PdfPage, OPS: Parameters<typeof pageGraphics>[4]): Promise<SourcePage & { hasImage: boolean }> {
  const viewport = page.getViewport({ scale: 1 });
  const base = viewport.transform as unknown as Matrix;
  const [content, opList] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const { segments, imageCover } = pageGraphics(opList.fnArray, opList.argsArray, base, viewport.width * viewport.height, OPS);
  const items = content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i);
  const runs = mergeRuns(toRuns(items, content.styles, base), segments);
  const chars = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  const scanned = chars === 0 || (imageCover >= SCAN_COVER && chars < SCAN_MAX_CHARS);
  return {
    number: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    textLayer: scanned ? 'none' : 'text',
    runs,
    segments,
    lines: [],
    hasImage: imageCover > 0.05,
  };
}

/** 'pdf_text' when every page with content has a text layer, 'pdf_scan' when none has, else mixed. */
function sourceKindOf(pages: readonly (SourcePage & { hasImage: boolean })[]): SourceDocument['sourceKind'] {
  const withContent = pages.filter((p) => p.runs.length || p.hasImage);
  const text = withContent.filter((p) => p.textLayer === 'text').length;
  if (text === withContent.length) return 'pdf_text';
  return text === 0 ? 'pdf_scan' : 'pdf_mixed';
}

/** Ingest of a PDF: per page, text runs and ruling lines in top-left-origin points. */
export async function ingestPdf(bytes: Uint8Array, fileName: string, options: IngestOptions): Promise<SourceDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(bytes));
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    try {
      doc = await task.promise;
    } catch (e) {
      throw toIngestError(e);
    }
    if (doc.numPages === 0) throw new IngestError('empty', 'The PDF has no pages.');
    if (doc.numPages > options.maxPages) {
      throw new IngestError('too_large', `The PDF has ${doc.numPages} pages, over the ${options.maxPages}-page limit.`);
    }
    const pages: (SourcePage & { hasImage: boolean })[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch((e: unknown) => {
        throw toIngestError(e);
      });
      try {
        pages.push(await readPage(page, pdfjs.OPS));
      } catch (e) {
        throw toIngestError(e);
      } finally {
        page.cleanup();
      }
    }
    return {
      fileName,
      sourceKind: sourceKindOf(pages),
      pages: pages.map(({ hasImage: _h, ...p }) => p),
    };
  } finally {
    // Frees the worker-side document and its caches, so memory stays flat across a batch.
    await (doc ? doc.destroy() : task.destroy());
  }
}
