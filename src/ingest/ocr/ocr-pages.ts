import type { SourcePage } from '../../model/source.js';
import { documentParams, loadPdfjs } from '../pdf/pdfjs.js';
import type { OcrEngine } from './cells.js';
import { ocrPageImage } from './ocr-page.js';
import { ocrPool, type OcrPool } from './pool.js';
import { renderPage } from './render.js';

export interface OcrPagesOptions {
  /** Pool to use; the shared lazily-created pool by default (close it with closeOcr()). */
  pool?: OcrPool;
  /** Resolution for pages without an embedded image. */
  dpi?: number;
  /** Recogniser for table cells (paddle by default). */
  engine?: OcrEngine;
}

/**
 * OCR of some pages of a PDF: for the PDF ingest, pages without a text layer (ocr auto) or all (always).
 * Returns one SourcePage per requested page, textLayer 'ocr', runs and segments in PDF points.
 * Pages are rendered one after another while earlier pages' cells are still being recognised.
 */
export async function ocrPages(pdfBytes: Uint8Array, pageNumbers: readonly number[], opts: OcrPagesOptions = {}): Promise<SourcePage[]> {
  if (!pageNumbers.length) return [];
  const pool = opts.pool ?? ocrPool();
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(pdfBytes)).promise;
  try {
    const pending: Promise<SourcePage>[] = [];
    for (const n of pageNumbers) {
      // Keep at most pool.size + 1 pages in flight: each holds a few page-sized images.
      if (pending.length > pool.size) await pending[pending.length - pool.size - 1];
      const img = await renderPage(doc, n, opts.dpi);
      pending.push(ocrPageImage(pool, img, n, opts.engine).then((r) => r.page));
    }
    return await Promise.all(pending);
  } finally {
    await doc.destroy();
  }
}
