import type { Ink } from './bitmap.js';
import { inkBands as bands, type Band } from './ink-bands.js';

/** A text line found on a straightened page, pixels: [x0, y0, x1, y1), x1/y1 exclusive. */
export type LineBox = [number, number, number, number];

/** A band this many times one of its lines' height holds several lines side by side. */
const MULTI_LINE_BAND = 1.8;

/**
 * Text lines of a straightened page by projection, for a line recogniser that has no detector of its
 * own: rows with ink make a line's band; inside a band, a gap wider than `splitGap` times the band's
 * height separates two pieces of text on one row ('编制部门：…' far left, '单位：元' far right; the
 * columns of a table without rules). A Chinese sentence has no gap that wide, even after a comma.
 * `skip` marks pixels that belong to something else (ruled tables, read cell by cell).
 *
 * A borderless table's wrapped row label ('1．交通运输、仓储业、邮政业中' over '的物流业') has its figures
 * centred between its two lines, so the rows' projection makes one band of three lines. Such a band (much
 * taller than its columns' ink) is cut into pieces at gaps measured against one line's height, and a
 * piece that holds lines of its own is cut into them: the figures stay apart from the label, and each line
 * of the label is read as a line.
 */
export function findTextLines(ink: Ink, skip?: Uint8Array, splitGap = 1.2): LineBox[] {
  const { width, height, data } = ink;
  const page: InkView = { width, on: (i) => data[i] === 1 && !(skip && skip[i]) };
  const rows = new Uint32Array(height);
  for (let y = 0; y < height; y++) for (let x = 0, i = y * width; x < width; x++, i++) if (page.on(i)) rows[y]++;
  // Two ink pixels in a row is text; a lone speck of grain is not. Gaps of a pixel inside a glyph are bridged.
  const lineBands = bands(rows, 2, 1).filter((b) => b.to - b.from >= 4);

  const out: LineBox[] = [];
  for (const b of lineBands) {
    const h = b.to - b.from + 1;
    const typical = h > 12 ? lineHeightOf(page, b) : h;
    if (h > typical * MULTI_LINE_BAND) {
      const pieces = piecesOf(page, b, Math.round(typical * splitGap));
      const split = pieces.map((p) => linesOf(page, p, b, typical));
      if (split.some((s) => s.length > 1)) {
        pieces.forEach((p, k) => {
          for (const line of split[k].length ? split[k] : [b]) {
            const box = boxOf(page, p, line);
            if (box) out.push(box);
          }
        });
        continue;
      }
    }
    for (const piece of piecesOf(page, b, Math.round(h * splitGap))) {
      // The piece's own rows: a short piece on a tall band (a page number beside a title) is cropped tight.
      const box = boxOf(page, piece, b);
      if (box) out.push([piece.from, box[1], piece.to + 1, box[3]]);
    }
  }
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** The page's ink as the line finder sees it: a pixel is on when it is ink and not skipped. */
interface InkView {
  width: number;
  on(i: number): boolean;
}

/**
 * One line's height inside a band: the median height of the ink of its inked columns. A column through a
 * line of glyphs spans most of the line; in a band of a wrapped label beside centred figures most columns
 * span one of its lines.
 */
function lineHeightOf({ width, on }: InkView, b: Band): number {
  const spans: number[] = [];
  for (let x = 0; x < width; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = b.from; y <= b.to; y++) {
      if (!on(y * width + x)) continue;
      if (top < 0) top = y;
      bottom = y;
    }
    if (top >= 0) spans.push(bottom - top + 1);
  }
  spans.sort((p, q) => p - q);
  return spans.length ? spans[Math.floor(spans.length / 2)] : b.to - b.from + 1;
}

/** Pieces of one band split at gaps wider than `gap` pixels; grain and rule stubs dropped. */
function piecesOf({ width, on }: InkView, b: Band, gap: number): Band[] {
  const cols = new Uint32Array(width);
  for (let y = b.from; y <= b.to; y++) for (let x = 0, i = y * width; x < width; x++, i++) if (on(i)) cols[x]++;
  return bands(cols, 1, Math.max(2, gap)).filter((piece) => {
    let inked = 0;
    for (let x = piece.from; x <= piece.to; x++) inked += cols[x];
    // A piece of grain or a rule's stub is a few pixels: text has strokes.
    return inked >= Math.max(12, b.to - b.from + 1) && piece.to - piece.from >= 2;
  });
}

/** The box of the ink inside columns `piece` and rows `b`, or null for a sliver. */
function boxOf({ width, on }: InkView, piece: Band, b: Band): LineBox | null {
  let [top, bottom, left, right] = [b.to, b.from, piece.to, piece.from];
  for (let y = b.from; y <= b.to; y++) {
    for (let x = piece.from, i = y * width + piece.from; x <= piece.to; x++, i++) {
      if (!on(i)) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return bottom - top < 4 ? null : [left, top, right + 1, bottom + 1];
}

/** Lines inside one piece of a band: its own rows' projection. */
function linesOf({ width, on }: InkView, piece: Band, b: Band, line: number): Band[] {
  const own = new Uint32Array(b.to - b.from + 1);
  for (let y = b.from; y <= b.to; y++) for (let x = piece.from, i = y * width + piece.from; x <= piece.to; x++, i++) if (on(i)) own[y - b.from]++;
  // A line is at least half a typical line high: the strokes of a large 二 or 三 are not lines.
  return bands(own, 2, 1).filter((s) => s.to - s.from + 1 >= Math.max(5, line / 2)).map((s) => ({ from: s.from + b.from, to: s.to + b.from }));
}
