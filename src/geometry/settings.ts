import { z } from 'zod';

/** Lattice settings, parsed once per call. Tolerances are in PDF points. */
export const LatticeSettings = z
  .object({
    /** Parallel edges closer than this are one line (double borders, anti-aliased strokes). */
    snapTolerance: z.number().nonnegative().default(2),
    /** Collinear pieces with a gap up to this are joined (dashed or split strokes). */
    joinTolerance: z.number().nonnegative().default(2),
    /** A horizontal and a vertical edge closer than this meet (lines that stop just short). */
    intersectionTolerance: z.number().nonnegative().default(2),
    /** Segments more slanted than this (points over their length) are not ruling lines. */
    maxSlant: z.number().nonnegative().default(1),
    /** Edges shorter than this are dropped (tick marks, glyph strokes). */
    minEdgeLength: z.number().nonnegative().default(3),
    /** Cells narrower or lower than this are slivers between double lines, not cells. */
    minCellSize: z.number().nonnegative().default(3),
    /** A table needs at least this many cells. */
    minTableCells: z.number().int().positive().default(2),
  })
  .strict();
export type LatticeSettings = z.infer<typeof LatticeSettings>;
export type LatticeSettingsInput = z.input<typeof LatticeSettings>;
