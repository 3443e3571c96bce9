import { z } from 'zod';

/** Settings of the ingest stage, parsed once at the entry point. */
export const IngestOptions = z.object({
  /** auto: OCR only pages without a usable text layer; always: OCR every page; never: no OCR. */
  ocr: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Files above this size fail with a clear reason instead of exhausting memory. */
  maxBytes: z.number().int().positive().default(300 * 1024 * 1024),
  /** Pages above this count are not read (a document that long is almost certainly not one disclosure). */
  maxPages: z.number().int().positive().default(2000),
  /** Tesseract workers for this process's OCR pool; unset: one per core. A batch running N documents at
   *  once gives each of its threads cores / N, so OCR does not oversubscribe the machine. */
  ocrWorkers: z.number().int().positive().optional(),
  /** Recogniser for table cells: PP-OCRv4 through ONNX (default), or tesseract.js. */
  ocrEngine: z.enum(['paddle', 'tesseract']).default('paddle'),
});
export type IngestOptions = z.infer<typeof IngestOptions>;
