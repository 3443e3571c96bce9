import type { Ink } from './bitmap.js';
import { inkBands as bands } from './ink-bands.js';

/** A text line found on a straightened page, pixels: [x0, y0, x1, y1), x1/y1 exclusive. */
export type LineBox = [number, number, number, number];



/**
 * Text lines of a straightened page by projection, for a line recogniser that has no detector of its
 * own: rows with ink make a line's band; inside a band, a gap wider than `splitGap` times the band's
 * height separates two pieces of text on one row ('编制部门：…' far left, '单位：元' far right; the
 * columns of a table without rules). A Chinese sentence has no gap that wide, even after a comma.
 * `skip` marks pixels that belong to something else (ruled tables, read cell by cell).
 */
export function findTextLines(ink: Ink, skip?: Uint8Array, splitGap = 1.2): LineBox[] {
  const { width, height, data } = ink;
  const on = (i: number) => data[i] === 1 && !(skip && skip[i]);
  const rows = new Uint32Array(height);
  for (let y = 0; y < height; y++) for (let x = 0, i = y * width; x < width; x++, i++) if (on(i)) rows[y]++;
  // Two ink pixels in a row is text; a lone speck of grain is not. Gaps of a pixel inside a glyph are bridged.
  const lineBands = bands(rows, 2, 1).filter((b) => b.to - b.from >= 4);
  const out: LineBox[] = [];
  const cols = new Uint32Array(width);
  for (const b of lineBands) {
    const h = b.to - b.from + 1;
    cols.fill(0);
    for (let y = b.from; y <= b.to; y++) for (let x = 0, i = y * width; x < width; x++, i++) if (on(i)) cols[x]++;
    for (const piece of bands(cols, 1, Math.max(2, Math.round(h * splitGap)))) {
      let inked = 0;
      for (let x = piece.from; x <= piece.to; x++) inked += cols[x];
      // A piece of grain or a rule's stub is a few pixels: text has strokes.
      if (inked < Math.max(12, h) || piece.to - piece.from < 2) continue;
      // The piece's own rows: a short piece on a tall band (a page number beside a title) is cropped tight.
      let top = b.to;
      let bottom = b.from;
      for (let y = b.from; y <= b.to; y++) {
        for (let x = piece.from, i = y * width + piece.from; x <= piece.to; x++, i++) {
          if (on(i)) {
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
            break;
          }
        }
      }
      if (bottom - top < 4) continue;
      out.push([piece.from, top, piece.to + 1, bottom + 1]);
    }
  }
  return out;
}
