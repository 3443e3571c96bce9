import { z } from 'zod';

/**
 * Where something was found. PDFs: 1-based page and a bbox in PDF points with the origin at the
 * top left of the page. Text files: 1-based line (and the page when the file marks page breaks).
 */
export const Bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Bbox = z.infer<typeof Bbox>;

export const Place = z.object({
  page: z.number().int().positive().optional(),
  bbox: Bbox.optional(),
  line: z.number().int().positive().optional(),
});
export type Place = z.infer<typeof Place>;

/** A place cited by a flag, with the quoted text when that helps the reader. */
export const Evidence = Place.extend({ quote: z.string().optional() });
export type Evidence = z.infer<typeof Evidence>;

/** The smallest box holding every box. */
export function unionBbox(boxes: readonly Bbox[]): Bbox {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** The smallest place covering all of `places` (same page assumed for bboxes). */
export function unionPlace(places: readonly Place[]): Place {
  const withBox = places.filter((p) => p.bbox);
  const first = places[0] ?? {};
  const out: Place = {};
  if (first.page !== undefined) out.page = first.page;
  const lines = places.map((p) => p.line).filter((l): l is number => l !== undefined);
  if (lines.length) out.line = Math.min(...lines);
  if (withBox.length) {
    const boxes = withBox.filter((p) => p.page === first.page).map((p) => p.bbox!);
    out.bbox = unionBbox(boxes);
  }
  return out;
}
