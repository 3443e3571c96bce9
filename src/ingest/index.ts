import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { SourceDocument } from '../model/index.js';
import { IngestError } from './errors.js';
import type { IngestOptions } from './options.js';
import { ingestPdf } from './pdf/ingest-pdf.js';
import { ingestText } from './text/ingest-text.js';

export { IngestError, isIngestError } from './errors.js';
export { IngestOptions } from './options.js';

/** File extensions the batch picks up. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.txt', '.text', '.md'];

const mb = (n: number) => (n / 1048576).toFixed(0);

/** Why a file of `size` bytes starting with `head` is not read at all, or null: checked before reading it. */
function overBudget(size: number, head: string, options: IngestOptions): string | null {
  if (size > options.maxBytes) return `The file is ${mb(size)} MB, over the ${mb(options.maxBytes)} MB limit.`;
  if (!head.includes('%PDF-') && size > options.maxTextBytes) {
    return `The text file is ${mb(size)} MB, over the ${mb(options.maxTextBytes)} MB limit for text (a disclosure's text is a few MB).`;
  }
  return null;
}

/** A document's bytes, read only when they are within the budgets (a 200 MB text file is refused unread). */
export function readSourceFile(path: string, options: IngestOptions): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const why = overBudget(fstatSync(fd).size, head.subarray(0, n).toString('latin1'), options);
    if (why) throw new IngestError('too_large', why);
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

/** Ingest stage: bytes of one file to its text, with positions, page by page. */
export async function ingestDocument(bytes: Uint8Array, fileName: string, options: IngestOptions): Promise<SourceDocument> {
  if (bytes.byteLength === 0) throw new IngestError('empty', 'The file is empty (0 bytes).');
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const why = overBudget(bytes.byteLength, head, options);
  if (why) throw new IngestError('too_large', why);
  if (head.includes('%PDF-')) return SourceDocument.parse(await ingestPdf(bytes, fileName, options));
  if (/\.pdf$/i.test(fileName)) throw new IngestError('unreadable', 'The file is named .pdf but is not a PDF (no %PDF header).');
  return ingestText(bytes, fileName);
}
