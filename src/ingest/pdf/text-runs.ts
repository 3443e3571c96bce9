import type { TextRun } from '../../model/index.js';
import { multiply, type Matrix } from './matrix.js';

/** The parts of a pdfjs TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}
export interface PdfFontStyle { ascent?: number; descent?: number }

/** A text run plus its baseline and direction, needed to merge fragments of one line. */
export interface PlacedRun extends TextRun {
  baseline: number;
  /** Text direction on the displayed page: 0 = left to right; others are rotated text. */
  angle: number;
}

const sane = (v: number | undefined, lo: number, hi: number, dflt: number) =>
  v !== undefined && Number.isFinite(v) && v >= lo && v <= hi ? v : dflt;

/**
 * One positioned run per non-blank pdfjs item, in top-left-origin points of the displayed page.
 * The box spans the font's ascent to descent along the text direction, so rotated pages and
 * rotated text both come out as the box the reader sees.
 */
export function toRuns(items: readonly PdfTextItem[], styles: Record<string, PdfFontStyle>, viewport: Matrix): PlacedRun[] {
  const out: PlacedRun[] = [];
  for (const it of items) {
    if (!it.str || !it.str.trim()) continue;
    const tx = multiply(viewport, it.transform as unknown as Matrix);
    const size = Math.hypot(tx[2], tx[3]);
    const scaleX = Math.hypot(tx[0], tx[1]);
    if (!(size > 0) || !(scaleX > 0)) continue;
    const style = styles[it.fontName ?? ''] ?? {};
    const ascent = sane(style.ascent, 0.5, 1.2, 0.85);
    const descent = sane(style.descent, -0.5, 0, -0.15);
    // Unit vectors along the text (u) and towards its top (n), in page space (y grows downwards).
    const u0 = tx[0] / scaleX, u1 = tx[1] / scaleX;
    const n0 = tx[2] / size, n1 = tx[3] / size;
    const w = it.width > 0 ? it.width : it.str.length * size * 0.5;
    const ox = tx[4], oy = tx[5];
    // The four corners of the box (along: 0 or w; across: descent or ascent), without arrays: this runs for
    // every text item of every page.
    let x = Infinity, y = Infinity, right = -Infinity, bottom = -Infinity;
    for (let corner = 0; corner < 4; corner++) {
      const a = corner < 2 ? 0 : w;
      const b = (corner % 2 === 0 ? descent : ascent) * size;
      const cx = ox + u0 * a + n0 * b;
      const cy = oy + u1 * a + n1 * b;
      if (cx < x) x = cx;
      if (cx > right) right = cx;
      if (cy < y) y = cy;
      if (cy > bottom) bottom = cy;
    }
    out.push({
      text: it.str,
      x,
      y,
      width: right - x,
      height: bottom - y,
      fontSize: Math.round(size * 100) / 100,
      baseline: oy,
      angle: Math.round((Math.atan2(u1, u0) * 180) / Math.PI),
    });
  }
  return out;
}
