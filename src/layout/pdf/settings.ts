import { z } from 'zod';

/** Layout settings for PDF pages. Gaps are in multiples of the font size, so they hold at any scale. */
export const PdfLayoutSettings = z
  .object({
    /** Runs on one line further apart than this are separate cells / separated by a space. */
    wideGap: z.number().positive().default(1),
    /** A stream table needs this many lines with separate number or code runs. */
    minStreamRows: z.number().int().positive().default(3),
    /** Lines of a stream table or a paragraph are at most this many line heights apart. */
    maxLineGap: z.number().positive().default(1.2),
    /** Header lines taken into a stream table from just above its first row. */
    maxStreamHeaderLines: z.number().int().nonnegative().default(3),
  })
  .strict();
export type PdfLayoutSettings = z.infer<typeof PdfLayoutSettings>;
export type PdfLayoutSettingsInput = z.input<typeof PdfLayoutSettings>;
