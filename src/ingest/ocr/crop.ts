import type { Bbox } from '../../model/place.js';
import { cropGray, scaleGray, type Gray, type Ink } from './bitmap.js';
import { inkBands as bands } from './ink-bands.js';

/** What the recogniser is given for one cell: the ink trimmed, white margins, scaled; and how to map back. */
export interface CellImage {
  image: Gray;
  /** Page pixel of the image's (0,0) and the factor the crop was scaled by. */
  originX: number;
  originY: number;
  factor: number;
  /** Number of text lines found by projection (wrapped cells have several). */
  lineCount: number;
  /** Height of the tallest text line, page pixels. */
  lineHeight: number;
  /** Each text line's rows in the image, [top, bottom) (image pixels, after scaling). */
  lineBands: [number, number][];
}

export interface CropSettings {
  /** Pixels kept clear of the cell's border (rules and their blur). */
  inset: number;
  /** Fewer ink pixels than this: a blank cell (scan noise only). */
  minInk: number;
  /** Text lines are scaled to about this height in pixels. */
  targetLineHeight: number;
}



/** Grey at or under which a pixel beside the ink box is a faint stroke's edge (paper and its grain are lighter). */
const STROKE_EDGE = 215;

/**
 * The text lines of a cell from its rows' ink counts. Gaps up to a quarter of a line are bridged (the gaps
 * between the strokes of 三 or 二 are no line break), but never into a band taller than a line and a third:
 * a header that wraps at single spacing (Excel's) leaves as little between its two lines as 三 between its
 * strokes, and read as one line the two lines run together ('“三公”经费财政拨款预算总额' read '“按众预算热财政').
 */
export function textLineBands(rows: ArrayLike<number>, lineHeight: number): { from: number; to: number }[] {
  const maxGap = Math.max(2, Math.round(lineHeight * 0.25));
  const out: { from: number; to: number }[] = [];
  for (const b of bands(rows, 1, 1)) {
    const last = out[out.length - 1];
    if (last && b.from - last.to - 1 <= maxGap && b.to - last.from + 1 <= lineHeight * 1.35) last.to = b.to;
    else out.push({ ...b });
  }
  return out.filter((b) => b.to - b.from >= 3);
}

/**
 * The cell's text as a small image, or null for a blank cell. Works on the page with its rules erased,
 * inside an inset from the cell border, so no rule can reach the recogniser.
 */
export function cellImage(clean: Gray, ink: Ink, bboxPx: Bbox, s: CropSettings, extraScale = 1): CellImage | null {
  const x0 = Math.ceil(bboxPx[0] + s.inset);
  const y0 = Math.ceil(bboxPx[1] + s.inset);
  const x1 = Math.floor(bboxPx[2] - s.inset);
  const y1 = Math.floor(bboxPx[3] - s.inset);
  if (x1 - x0 < 3 || y1 - y0 < 3) return null;
  const rows = new Array<number>(y1 - y0).fill(0);
  const cols = new Array<number>(x1 - x0).fill(0);
  let total = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (ink.data[y * ink.width + x]) {
        rows[y - y0]++;
        cols[x - x0]++;
        total++;
      }
    }
  }
  if (total < s.minInk) return null;
  // Rows of text: bands of rows with ink; isolated specks (one or two pixels) are not text.
  const textRows = bands(rows, 2, 1).filter((b) => b.to - b.from >= 3);
  if (!textRows.length) return null;
  const lineHeight = Math.max(...textRows.map((b) => b.to - b.from + 1));
  const lines = textLineBands(rows, lineHeight);
  const textCols = bands(cols, 1, lineHeight).filter((b) => b.to - b.from >= 1);
  if (!textCols.length) return null;
  const top = y0 + textRows[0].from;
  const bottom = y0 + textRows[textRows.length - 1].to + 1;
  const left = x0 + textCols[0].from;
  const right = x0 + textCols[textCols.length - 1].to + 1;
  // White margin of about half a line: tesseract reads a glyph touching the edge badly.
  const pad = Math.max(6, Math.round(lineHeight * 0.5));
  // The margin is the page's own pixels inside the cell (white beyond it): a glyph's thin horizontal bars blur
  // lighter than the ink cut, so the ink box starts at 工's upright and a white margin there would cut its
  // bars in half (read '[资福利支出').
  const padded: Gray = { width: right - left + 2 * pad, height: bottom - top + 2 * pad, data: new Uint8Array((right - left + 2 * pad) * (bottom - top + 2 * pad)).fill(255) };
  // Only beside the ink box, on its own rows, and only pixels grey enough to be a stroke's edge (not the
  // paper's grain, which a recogniser reads as a stray '。').
  const from = Math.max(x0, left - pad);
  const to = Math.min(x1, right + pad);
  for (let y = top; y < bottom; y++) {
    for (let x = from; x < to; x++) {
      const v = clean.data[y * clean.width + x];
      if ((x >= left && x < right) || v <= STROKE_EDGE) padded.data[(y - top + pad) * padded.width + (x - left + pad)] = v;
    }
  }
  const factor = Math.min(3, Math.max(1, s.targetLineHeight / lineHeight)) * extraScale;
  const textLines = lines.length ? lines : textRows;
  const lineBands = textLines.map((b): [number, number] => [Math.max(0, (y0 + b.from - (top - pad)) * factor), Math.min(padded.height * factor, (y0 + b.to + 1 - (top - pad)) * factor)]);
  return {
    image: factor === 1 ? padded : scaleGray(padded, factor),
    originX: left - pad,
    originY: top - pad,
    factor,
    lineCount: Math.max(1, lines.length),
    lineHeight,
    lineBands,
  };
}

/** The columns [left, right) of a band of rows that hold ink (darker than halfway to paper), or null. */
function inkColumns(g: Gray, top: number, bottom: number): [number, number] | null {
  let darkest = 255;
  for (let y = top; y < bottom; y++) for (let x = 0; x < g.width; x++) darkest = Math.min(darkest, g.data[y * g.width + x]);
  if (darkest > 160) return null;
  const cut = (darkest + 255) / 2;
  let [left, right] = [g.width, 0];
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.data[y * g.width + x] >= cut) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
    }
  }
  return left < right ? [left, right] : null;
}

/**
 * One image per text line of a cell, with a margin of a fifth of the line's height above and below (a line
 * recogniser is trained on such crops) and half of it left and right of the line's own ink: the last line of
 * a wrapped figure ('226,000.0' over '0') is a digit or two at one end of the cell, which the recogniser
 * reads badly or not at all in a crop that is mostly blank. The bands say which rows each one covers.
 */
export function lineCrops(img: CellImage, marginShare = 0.2): { image: Gray; top: number; bottom: number }[] {
  return img.lineBands.map(([from, to]) => {
    const margin = Math.max(2, Math.round((to - from) * marginShare));
    const top = Math.max(0, Math.floor(from - margin));
    const bottom = Math.min(img.image.height, Math.ceil(to + margin));
    const cols = inkColumns(img.image, Math.max(0, Math.floor(from)), Math.min(img.image.height, Math.ceil(to)));
    const side = Math.max(4, Math.round((to - from) * 0.5));
    // Only a line much narrower than its cell is cut to its ink; a full line keeps the cell's own margins.
    const short = cols !== null && cols[1] - cols[0] < img.image.width / 3;
    const [x0, x1] = short ? [Math.max(0, cols[0] - side), Math.min(img.image.width, cols[1] + side)] : [0, img.image.width];
    return { image: cropGray(img.image, x0, top, x1, bottom), top, bottom };
  });
}
