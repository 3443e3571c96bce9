import { z } from 'zod';
import { Place } from './place.js';
import { SourceKind } from './source.js';

/** Output of the layout stage: positioned text turned into paragraphs and grids. */

export const Cell = z.object({
  /** Text of the cell, wrapped lines joined, whitespace normalised (CJK runs have no spaces). */
  text: z.string(),
  /** 0-based column index in the grid; a merged cell sits at its first column. */
  col: z.number().int().nonnegative(),
  colSpan: z.number().int().positive().default(1),
  rowSpan: z.number().int().positive().default(1),
  place: Place,
  /** OCR confidence 0..1 where the text was read from an image. */
  confidence: z.number().min(0).max(1).optional(),
  /** PDF: x of the cell's first text run (points): a name's indentation, which gives its level in names-only tables. */
  textX: z.number().optional(),
});
export type Cell = z.infer<typeof Cell>;

export const GridRow = z.object({ cells: z.array(Cell), place: Place });
export type GridRow = z.infer<typeof GridRow>;

export const Grid = z.object({
  kind: z.literal('grid'),
  /** How the grid was found: tab-separated text, space-separated text, ruling lines, aligned text, OCR. */
  strategy: z.enum(['tabbed', 'spaced', 'ruled', 'stream', 'ocr']),
  columnCount: z.number().int().nonnegative(),
  rows: z.array(GridRow),
  place: Place,
  /** Page range the grid spans (continuation pages joined). */
  pageFrom: z.number().int().positive().optional(),
  pageTo: z.number().int().positive().optional(),
});
export type Grid = z.infer<typeof Grid>;

export const TextLine = z.object({ text: z.string(), place: Place });
export type TextLine = z.infer<typeof TextLine>;

export const TextBlock = z.object({ kind: z.literal('text'), lines: z.array(TextLine) });
export type TextBlock = z.infer<typeof TextBlock>;

export const Block = z.discriminatedUnion('kind', [Grid, TextBlock]);
export type Block = z.infer<typeof Block>;

export const LaidOutDocument = z.object({
  fileName: z.string(),
  sourceKind: SourceKind,
  pageCount: z.number().int().nonnegative(),
  /** Pages without any text (after OCR where it ran). */
  emptyPages: z.array(z.number().int().positive()).default([]),
  blocks: z.array(Block),
});
export type LaidOutDocument = z.infer<typeof LaidOutDocument>;
