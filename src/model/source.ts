import { z } from 'zod';

/** Output of the ingest stage: what the file says, with positions, before any layout. */

export const SourceKind = z.enum(['pdf_text', 'pdf_scan', 'pdf_mixed', 'text']);
export type SourceKind = z.infer<typeof SourceKind>;

/** A run of text on a PDF page (or a word read by OCR), top-left origin, PDF points. */
export const TextRun = z.object({
  text: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  fontSize: z.number().optional(),
  /** OCR confidence 0..1; absent for a text layer. */
  confidence: z.number().min(0).max(1).optional(),
});
export type TextRun = z.infer<typeof TextRun>;

/** A ruling line (stroke or thin filled rectangle), top-left origin, PDF points. */
export const RuleSegment = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type RuleSegment = z.infer<typeof RuleSegment>;

/** One physical line of a text file, 1-based line number in the file. */
export const SourceLine = z.object({ line: z.number().int().positive(), text: z.string() });
export type SourceLine = z.infer<typeof SourceLine>;

export const SourcePage = z.object({
  number: z.number().int().positive(),
  width: z.number().nonnegative().default(0),
  height: z.number().nonnegative().default(0),
  /** How the page's text was obtained. */
  textLayer: z.enum(['text', 'ocr', 'none', 'plain']),
  runs: z.array(TextRun).default([]),
  segments: z.array(RuleSegment).default([]),
  /** Text files only: the page's lines as written. */
  lines: z.array(SourceLine).default([]),
});
export type SourcePage = z.infer<typeof SourcePage>;

export const SourceDocument = z.object({
  fileName: z.string(),
  sourceKind: SourceKind,
  /** Text files: the encoding detected ('utf-8', 'gb18030', 'utf-16le', ...). */
  encoding: z.string().optional(),
  pages: z.array(SourcePage),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
