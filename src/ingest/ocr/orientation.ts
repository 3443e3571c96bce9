import { binarise, cropGray, scaleGray, type Gray, type Ink } from './bitmap.js';
import { lineDirection } from './paddle.js';

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
 * How strongly ink is organised in rows: the share of rows without ink transitions weighted by the
 * transitions in the others (sum of squares of per-row transition counts over the square of their sum).
 * Text lines run along rows on an upright page: rows through text are busy, the leading between lines
 * is empty. Long rules add one transition pair per row and so barely count.
 */
function rowOrder(ink: Ink, alongRows: boolean): number {
  const [n, len] = alongRows ? [ink.height, ink.width] : [ink.width, ink.height];
  const at = alongRows ? (l: number, i: number) => ink.data[l * ink.width + i] : (l: number, i: number) => ink.data[i * ink.width + l];
  let sum = 0;
  let squares = 0;
  for (let l = 0; l < n; l++) {
    let t = 0;
    for (let i = 1; i < len; i++) if (at(l, i) !== at(l, i - 1)) t++;
    sum += t;
    squares += t * t;
  }
  return sum ? (squares * n) / (sum * sum) : 0;
}

/** Sideways when ink is clearly more organised in columns than in rows. */
const SIDEWAYS_RATIO = 1.15;

/** Text-line crops of an upright-or-upside-down page (row bands of ink, cut at wide gaps), at most `max`. */
function lineSamples(g: Gray, ink: Ink, max: number): Gray[] {
  const rows = new Array<number>(ink.height).fill(0);
  for (let y = 0; y < ink.height; y++) for (let x = 0; x < ink.width; x++) rows[y] += ink.data[y * ink.width + x];
  const bands: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= ink.height; y++) {
    const on = y < ink.height && rows[y] > 2 && rows[y] < ink.width * 0.5;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      // Up to 240 px: a cover's title lines are tall, and a cover may have nothing else to vote with.
      if (y - start >= 8 && y - start <= 240) bands.push([start, y]);
      start = -1;
    }
  }
  const out: Gray[] = [];
  // Spread the samples over the page: every k-th band.
  const stepBands = Math.max(1, Math.floor(bands.length / max));
  for (let b = 0; b < bands.length && out.length < max; b += stepBands) {
    const [y0, y1] = bands[b];
    const hgt = y1 - y0;
    let x0 = -1;
    let last = -1;
    for (let x = 0; x <= ink.width; x++) {
      let on = false;
      if (x < ink.width) for (let y = y0; y < y1 && !on; y++) on = ink.data[y * ink.width + x] === 1;
      if (on) {
        if (x0 < 0) x0 = x;
        last = x;
      } else if (x0 >= 0 && x - last > hgt * 1.5) {
        if (last - x0 >= hgt * 3) {
          out.push(cropGray(g, x0 - 4, y0 - 4, Math.min(last + 4, x0 + hgt * 12), y1 + 4));
          break;
        }
        x0 = -1;
      }
    }
  }
  return out;
}

/**
 * The clockwise turn that makes a scanned page upright. Sideways or not from how ink organises into
 * rows or columns (on a page reduced to about 800 px); upright or upside down from PP-OCR's text-direction
 * classifier on a dozen text lines of the page, read both ways round.
 */
export async function detectOrientation(page: Gray): Promise<Orientation> {
  const factor = Math.min(1, 800 / Math.max(page.width, page.height));
  const small = factor < 1 ? scaleGray(page, factor) : page;
  const ink = binarise(small);
  const rowsScore = rowOrder(ink, true);
  const colsScore = rowOrder(ink, false);
  const sideways = colsScore > rowsScore * SIDEWAYS_RATIO;
  const upright = sideways ? turnGray(page, 90) : page;
  const uprightInk = binarise(upright);
  const samples = lineSamples(upright, uprightInk, 12);
  if (!samples.length) return sideways ? 90 : 0;
  const turned = await lineDirection(samples);
  // Votes weighted by certainty: a line the classifier is unsure of says little.
  const vote = turned.reduce((a, p) => a + (p - 0.5), 0);
  const flipped = vote > 0.15 * samples.length;
  if (!sideways) return flipped ? 180 : 0;
  return flipped ? 270 : 90;
}
