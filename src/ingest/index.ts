import { SourceDocument } from '../model/index.js';
import { IngestError } from './errors.js';
import type { IngestOptions } from './options.js';
import { ingestPdf } from './pdf/ingest-pdf.js';
import { ingestText } from './text/ingest-text.js';

export { IngestError, isIngestError } from './errors.js';
export { IngestOptions } from './options.js';

/** File extensions the batch picks up. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.txt', '.text', '.md'];

/** Ingest stage: bytes of one file to its text, with positions, page by page. */
export async function ingestDocument(bytes: Uint8Array, fileName: string, options: IngestOptions): Promise<SourceDocument> {
  if (bytes.byteLength === 0) throw new IngestError('empty', 'The file is empty (0 bytes).');
  if (bytes.byteLength > options.maxBytes) {
    throw new IngestError('too_large', `The file is ${(bytes.byteLength / 1048576).toFixed(0)} MB, over the ${(options.maxBytes / 1048576).toFixed(0)} MB limit.`);
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return SourceDocument.parse(await ingestPdf(bytes, fileName, options));
  if (/\.pdf$/i.test(fileName)) throw new IngestError('unreadable', 'The file is named .pdf but is not a PDF (no %PDF header).');
  return ingestText(bytes, fileName);
}
