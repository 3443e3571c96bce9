import { z } from 'zod';

/** Settings of the ingest stage, parsed once at the entry point. */
export const IngestOptions = z.object({
  /** auto: OCR only pages without a usable text layer; always: OCR every page; never: no OCR. */
  ocr: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Files above this size fail with a clear reason instead of exhausting memory. */
  maxBytes: z.number().int().positive().default(300 * 1024 * 1024),
  /** Pages above this count are not read (a document that long is almost certainly not one disclosure). */
  maxPages: z.number().int().positive().default(2000),
});
export type IngestOptions = z.infer<typeof IngestOptions>;
