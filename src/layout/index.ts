import { LaidOutDocument, type SourceDocument } from '../model/index.js';
import { layoutPdfPages } from './pdf/layout-pdf.js';
import { layoutTextPages } from './text/text-grids.js';

/**
 * Layout stage: positioned text (or lines of a text file) to paragraphs and grids.
 * Text files are laid out from their tabs and spaces; PDF pages (text layer or OCR) from
 * positions and ruling lines.
 */
export type PageLayouter = (doc: SourceDocument) => LaidOutDocument['blocks'];

const layouters: Partial<Record<SourceDocument['sourceKind'], PageLayouter>> = {
  text: (doc) => layoutTextPages(doc.pages),
  pdf_text: (doc) => layoutPdfPages(doc),
  pdf_scan: (doc) => layoutPdfPages(doc),
  pdf_mixed: (doc) => layoutPdfPages(doc),
};

export function layoutDocument(doc: SourceDocument): LaidOutDocument {
  const layouter = layouters[doc.sourceKind];
  if (!layouter) throw new Error(`no layouter for ${doc.sourceKind}`);
  const blocks = layouter(doc);
  const emptyPages = doc.pages
    .filter((p) => !p.runs.some((r) => r.text.trim()) && !p.lines.some((l) => l.text.trim()))
    .map((p) => p.number);
  return LaidOutDocument.parse({
    fileName: doc.fileName,
    sourceKind: doc.sourceKind,
    pageCount: doc.pages.length,
    emptyPages,
    blocks,
  });
}
