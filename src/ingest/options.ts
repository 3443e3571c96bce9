import { z } from 'zod';

/** Settings of the ingest stage, parsed once at the entry point. */
export const IngestOptions = z.object({
  /** auto: OCR only pages without a usable text layer; always: OCR every page; never: no OCR. */
  ocr: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Files above this size fail with a clear reason instead of exhausting memory. */
  maxBytes: z.number().int().positive().default(300 * 1024 * 1024),
  /** Text files above this size fail: a disclosure's text is a few MB; 200 MB of it would take GBs to lay out. */
  maxTextBytes: z.number().int().positive().default(32 * 1024 * 1024),
  /** A compressed PDF stream expanding beyond this fails the document before pdf.js expands it in memory. */
  maxStreamBytes: z.number().int().positive().default(160 * 1024 * 1024),
  /** An image above this many pixels fails the document (an A4 page at 600 dpi is 35 M): decoding it would not fit. */
  maxImagePixels: z.number().int().positive().default(50_000_000),
  /** Pages above this count are not read (a document that long is almost certainly not one disclosure). */
  maxPages: z.number().int().positive().default(2000),
  /** Tesseract workers for this process's OCR pool; unset: one per core. A batch running N documents at
   *  once gives each of its threads cores / N, so OCR does not oversubscribe the machine. */
  ocrWorkers: z.number().int().positive().optional(),
  /** Recogniser for table cells: PP-OCRv4 through ONNX (default), or tesseract.js. */
  ocrEngine: z.enum(['paddle', 'tesseract']).default('paddle'),
});
export type IngestOptions = z.infer<typeof IngestOptions>;
