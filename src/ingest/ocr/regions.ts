import type { Bbox } from '../../model/place.js';
import type { TextRun } from '../../model/source.js';
import { cropGray, paperGrey, type Gray } from './bitmap.js';
import { cleanText, repairPercent } from './clean.js';
import type { OcrPool } from './pool.js';
import type { OcrEngine } from './cells.js';
import { readLines } from './paddle.js';
import { readImage, type ReadWord } from './recognise.js';
import type { PageStructure } from './structure.js';
import { findTextLines } from './text-lines.js';

/** A word this unsure and this short is scan noise read as punctuation. */
const NOISE_CONFIDENCE = 0.35;


/**
 * The page with its tables painted over, cropped to the ink that is left: titles, captions, units and
 * running text. Null when nothing is left.
 */
function outsideTables(st: PageStructure, tableBoxesPt: readonly Bbox[]): { image: Gray; x: number; y: number } | null {
  const paper = paperGrey(st.clean);
  const image: Gray = { width: st.clean.width, height: st.clean.height, data: new Uint8Array(st.clean.data) };
  const masked = new Uint8Array(image.data.length);
  const margin = 3;
  for (const b of tableBoxesPt) {
    const x0 = Math.max(0, Math.floor(b[0] * st.scale) - margin);
    const x1 = Math.min(image.width, Math.ceil(b[2] * st.scale) + margin);
    const y0 = Math.max(0, Math.floor(b[1] * st.scale) - margin);
    const y1 = Math.min(image.height, Math.ceil(b[3] * st.scale) + margin);
    for (let y = y0; y < y1; y++) {
      image.data.fill(paper, y * image.width + x0, y * image.width + x1);
      masked.fill(1, y * image.width + x0, y * image.width + x1);
    }
  }
  let ink = 0;
  let [l, t, r, b] = [image.width, image.height, 0, 0];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = y * image.width + x;
      if (!st.ink.data[i] || masked[i]) continue;
      ink++;
      if (x < l) l = x;
      if (x > r) r = x;
      if (y < t) t = y;
      if (y > b) b = y;
    }
  }
  if (ink < 50) return null;
  const pad = Math.round(8 * st.scale);
  const [x0, y0] = [Math.max(0, l - pad), Math.max(0, t - pad)];
  return { image: cropGray(image, x0, y0, r + pad, b + pad), x: x0, y: y0 };
}

/** Full-width opening marks: their ink sits in the right half of the character's square. */
const OPENING_MARK = /^[（“‘《【〔［｛〈「『]/;

/**
 * Where the line's first character box begins, from where its ink begins: a line opening with '（' has
 * its ink half a character in from the text layer's glyph box, which would read as an indent and cut a
 * wrapped paragraph in two.
 */
function glyphLeft(text: string, inkLeft: number, lineHeight: number): number {
  return OPENING_MARK.test(text) ? Math.max(0, inkLeft - lineHeight * 0.5) : inkLeft;
}

/**
 * A Han character's ink fills about 0.92 of its em square (measured on the corpus's Song and Hei faces at
 * 12 and 15 pt). The text layer's run box is the em square, so an OCR line is grown to it: the layout's gaps
 * are multiples of the font size, and an ink-high size makes ordinary line spacing (1.07 em of white
 * between lines) look like a paragraph break (1.3 ink heights).
 */
const HAN_INK_SHARE = 0.92;

function emBox(y0: number, y1: number): { y: number; height: number } {
  const height = (y1 - y0) / HAN_INK_SHARE;
  return { y: (y0 + y1) / 2 - height / 2, height };
}

/** Splits a recognised line where words stand far apart ('编制部门：…' and '单位：元' on one row are two runs). */
function splitAtGaps(words: ReadWord[]): ReadWord[][] {
  const h = Math.max(...words.map((w) => w.bbox[3] - w.bbox[1]));
  const out: ReadWord[][] = [];
  for (const w of words) {
    const cur = out[out.length - 1];
    if (cur && w.bbox[0] - cur[cur.length - 1].bbox[2] <= 3 * h) cur.push(w);
    else out.push([w]);
  }
  return out;
}

/** Pixels of the ruled tables (plus a margin): read cell by cell, not as text lines. */
function tableMask(st: PageStructure, tableBoxesPt: readonly Bbox[]): Uint8Array {
  const { width, height } = st.clean;
  const masked = new Uint8Array(width * height);
  const margin = 3;
  for (const b of tableBoxesPt) {
    const x0 = Math.max(0, Math.floor(b[0] * st.scale) - margin);
    const x1 = Math.min(width, Math.ceil(b[2] * st.scale) + margin);
    const y0 = Math.max(0, Math.floor(b[1] * st.scale) - margin);
    const y1 = Math.min(height, Math.ceil(b[3] * st.scale) + margin);
    for (let y = y0; y < y1; y++) masked.fill(1, y * width + x0, y * width + x1);
  }
  return masked;
}

/**
 * Text outside tables through PP-OCRv4: lines found by projection on the straightened page (the model
 * reads lines, it does not find them), each cropped with a margin and read in one batched call.
 */
async function readTextLinesPaddle(st: PageStructure, tableBoxesPt: readonly Bbox[]): Promise<TextRun[]> {
  const masked = tableMask(st, tableBoxesPt);
  const boxes = findTextLines(st.ink, masked);
  if (!boxes.length) return [];
  const paper = paperGrey(st.clean);
  const { width } = st.clean;
  const crops = boxes.map(([x0, y0, x1, y1]) => {
    const h = y1 - y0;
    // A fifth of the line's height above and below, half of it left and right: what the model was trained on.
    const [mx, my] = [Math.max(4, Math.round(h * 0.5)), Math.max(2, Math.round(h * 0.2))];
    const [cx, cy] = [Math.max(0, x0 - mx), Math.max(0, y0 - my)];
    const img = cropGray(st.clean, cx, cy, x1 + mx, y1 + my);
    for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (masked[(cy + y) * width + cx + x]) img.data[y * img.width + x] = paper;
    return img;
  });
  const readings = await readLines(crops);
  const runs: TextRun[] = [];
  boxes.forEach(([x0, y0, x1, y1], i) => {
    const r = readings[i];
    if (!r.text) return;
    if (r.confidence < NOISE_CONFIDENCE && [...r.text].length <= 1 && !/[\u3400-\u9fff\d]/.test(r.text)) return;
    const text = repairPercent(cleanText(r.text));
    if (!text) return;
    const s = st.scale;
    const left = glyphLeft(text, x0, y1 - y0);
    const em = emBox(y0 / s, y1 / s);
    runs.push({ text, x: left / s, y: em.y, width: (x1 - left) / s, height: em.height, fontSize: em.height, confidence: Math.max(0, Math.min(1, r.confidence)) });
  });
  return runs;
}

/**
 * Text outside tables (rules erased, tables masked): by PP-OCRv4 line by line, or by tesseract as blocks
 * with automatic page segmentation. A page without ink left is not sent to the recogniser at all: blank
 * pages give junk there.
 */
export async function readTextRegions(pool: OcrPool, st: PageStructure, tableBoxesPt: readonly Bbox[], engine: OcrEngine = 'paddle'): Promise<TextRun[]> {
  if (engine === 'paddle') return readTextLinesPaddle(st, tableBoxesPt);
  const region = outsideTables(st, tableBoxesPt);
  if (!region) return [];
  const read = await readImage(pool, region.image, { psm: 'auto' });
  const runs: TextRun[] = [];
  for (const line of read.lines) {
    const words = line.words.filter((w) => !(w.confidence < NOISE_CONFIDENCE && w.text.trim().length <= 1 && !/[\u3400-\u9fff\d]/.test(w.text)));
    if (!words.length) continue;
    for (const part of splitAtGaps(words)) {
      const text = repairPercent(cleanText(part.map((w) => w.text).join(' ')));
      if (!text) continue;
      const y0 = (region.y + Math.min(...part.map((w) => w.bbox[1]))) / st.scale;
      const y1 = (region.y + Math.max(...part.map((w) => w.bbox[3]))) / st.scale;
      const x0 = glyphLeft(text, (region.x + Math.min(...part.map((w) => w.bbox[0]))) / st.scale, y1 - y0);
      const x1 = (region.x + Math.max(...part.map((w) => w.bbox[2]))) / st.scale;
      const confidence = Math.max(0, Math.min(1, Math.min(...part.map((w) => w.confidence))));
      const em = emBox(y0, y1);
      runs.push({ text, x: x0, y: em.y, width: x1 - x0, height: em.height, fontSize: em.height, confidence });
    }
  }
  return runs;
}
