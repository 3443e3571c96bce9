/** OCR path: scanned pages to SourcePages (textLayer 'ocr') whose runs and segments feed the same layout as vector PDFs. */
export { ocrPages, type OcrPagesOptions } from './ocr-pages.js';
export { ocrPageImage, type OcrPageResult } from './ocr-page.js';
export { OcrPool, ocrPool, closeOcr, type OcrModel, type PoolOptions } from './pool.js';
export { rereadCells, type RereadRequest, type RereadResult } from './reread.js';
export { renderPage, type PageImage } from './render.js';
export { analysePage, type PageStructure } from './structure.js';
export { findLines, lineSettingsFor, type PixelLine } from './lines.js';
