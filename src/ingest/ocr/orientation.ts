import { binarise, cropGray, scaleGray, type Gray, type Ink } from './bitmap.js';
import { lineDirection } from './paddle.js';
import { analysePage, type PageStructure } from './structure.js';
import { findTextLines } from './text-lines.js';

/** Clockwise quarter turns that make a page upright. */
export type Orientation = 0 | 90 | 180 | 270;

/** A page turned clockwise by a multiple of 90 degrees: exact, no resampling. */
export function turnGray(g: Gray, degrees: Orientation): Gray {
  if (degrees === 0) return g;
  const { width: w, height: h, data } = g;
  if (degrees === 180) {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = data[data.length - 1 - i];
    return { width: w, height: h, data: out };
  }
  const out = new Uint8Array(data.length);
  // 90: source (x, y) goes to (h - 1 - y, x); 270: to (y, w - 1 - x). Output is h wide, w high.
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [nx, ny] = degrees === 90 ? [h - 1 - y, x] : [y, w - 1 - x];
      out[ny * h + nx] = data[y * w + x];
    }
  }
  return { width: h, height: w, data: out };
}

/**
 * How strongly ink is organised in rows: the share of row pieces without ink transitions weighted by the
 * transitions in the others (sum of squares of per-piece transition counts over the square of their sum).
 * Text lines run along rows on an upright page: rows through text are busy, the leading between lines
 * is empty. Long rules add one transition pair per row and so barely count. Rows are cut into pieces
 * `piece` pixels long: on a page skewed by a degree a row across the whole width runs through several
 * lines of a dense table and the leading fills up (a full-width measure called such pages sideways),
 * while over a short piece the slant moves a line by a pixel or less.
 */
function rowOrder(ink: Ink, alongRows: boolean, piece: number): number {
  const [n, len] = alongRows ? [ink.height, ink.width] : [ink.width, ink.height];
  const at = alongRows ? (l: number, i: number) => ink.data[l * ink.width + i] : (l: number, i: number) => ink.data[i * ink.width + l];
  const pieces = Math.ceil(len / piece);
  let sum = 0;
  let squares = 0;
  for (let l = 0; l < n; l++) {
    for (let p = 0; p < pieces; p++) {
      let t = 0;
      for (let i = Math.max(1, p * piece); i < Math.min(len, (p + 1) * piece); i++) if (at(l, i) !== at(l, i - 1)) t++;
      sum += t;
      squares += t * t;
    }
  }
  return sum ? (squares * n * pieces) / (sum * sum) : 0;
}

/** Sideways when ink is clearly more organised in columns than in rows. */
const SIDEWAYS_RATIO = 1.15;

/**
 * Text-line crops of a straightened page with its rules erased (the page structure's own lines, found
 * by projection), spread over the page, at most `max`. Taken from the rule-erased page: on a ruled,
 * slightly skewed table every pixel row crosses a rule, and crops cut from the raw page are mostly rule
 * and empty cell.
 */
function lineSamples(st: PageStructure, max: number): Gray[] {
  // Up to 240 px high: a cover's title lines are tall, and a cover may have nothing else to vote with;
  // three heights wide at least: a lone figure or character says little about its direction.
  const boxes = findTextLines(st.ink).filter(([x0, y0, x1, y1]) => y1 - y0 >= 8 && y1 - y0 <= 240 && x1 - x0 >= 3 * (y1 - y0));
  const step = Math.max(1, Math.floor(boxes.length / max));
  const out: Gray[] = [];
  for (let b = 0; b < boxes.length && out.length < max; b += step) {
    const [x0, y0, x1, y1] = boxes[b];
    out.push(cropGray(st.clean, x0 - 4, y0 - 4, Math.min(x1 + 4, x0 + (y1 - y0) * 12), y1 + 4));
  }
  return out;
}

/**
 * Sideways or not (a quarter turn clockwise, 90, makes it upright-or-upside-down), from how ink
 * organises into rows or columns on a page reduced to about 800 px.
 */
export function sidewaysTurn(page: Gray): 0 | 90 {
  const factor = Math.min(1, 800 / Math.max(page.width, page.height));
  const small = factor < 1 ? scaleGray(page, factor) : page;
  const ink = binarise(small);
  // A sixteenth of the long side (50 px of 800): long enough to cross a cover's large characters, short
  // enough that 1.5 degrees of skew moves a line by little more than a pixel along it.
  const piece = Math.max(8, Math.round(Math.max(small.width, small.height) / 16));
  return rowOrder(ink, false, piece) > rowOrder(ink, true, piece) * SIDEWAYS_RATIO ? 90 : 0;
}

/**
 * Upside down or not, for a page already upright-or-upside-down and analysed (straightened, rules
 * erased): PP-OCR's text-direction classifier on a dozen of its text lines.
 */
export async function isUpsideDown(st: PageStructure): Promise<boolean> {
  const samples = lineSamples(st, 12);
  if (!samples.length) return false;
  const turned = await lineDirection(samples);
  // Votes weighted by certainty: a line the classifier is unsure of says little.
  const vote = turned.reduce((a, p) => a + (p - 0.5), 0);
  return vote > 0.15 * samples.length;
}

/**
 * The clockwise turn that makes a scanned page upright, and the page's structure once upright (the
 * structure is what the direction is judged on, so a caller need not analyse the page again).
 */
export async function uprightStructure(page: Gray, dpi: number): Promise<{ orientation: Orientation; structure: PageStructure }> {
  const quarter = sidewaysTurn(page);
  const structure = analysePage(turnGray(page, quarter), dpi);
  if (!(await isUpsideDown(structure))) return { orientation: quarter, structure };
  const orientation = ((quarter + 180) % 360) as Orientation;
  return { orientation, structure: analysePage(turnGray(page, orientation), dpi) };
}

/** The clockwise turn that makes a scanned page upright. */
export async function detectOrientation(page: Gray, dpi = 200): Promise<Orientation> {
  return (await uprightStructure(page, dpi)).orientation;
}
