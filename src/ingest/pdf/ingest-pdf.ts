import type { SourceDocument } from '../../model/index.js';
import type { IngestOptions } from '../options.js';
import { IngestError } from '../errors.js';

/** Placeholder until the PDF path lands (issue 3): every PDF fails with a clear reason. */
export async function ingestPdf(_bytes: Uint8Array, _fileName: string, _options: IngestOptions): Promise<SourceDocument> {
  throw new IngestError('unsupported', 'PDF reading is not available in this build.');
}
