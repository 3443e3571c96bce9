import type { PlacedRun } from './text-runs.js';
import type { VerticalRules } from './vertical-rules.js';

const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** A space wider than this share of the font size separates cells even without a ruling line. */
const WIDE_SPACE = 1.5;

/**
 * pdfjs joins glyphs of one text operator across small gaps, inserting a space, so one item can hold
 * the end of one cell and the start of the next ('29,569.515638 一、一般公共服务支出'). Such items are
 * split at a space that a vertical ruling line crosses, or that is very wide. Glyph widths are not
 * known here: CJK characters count one em, others half an em, and the spaces share the remainder.
 */
export function splitRuns(runs: readonly PlacedRun[], verticals: VerticalRules): PlacedRun[] {
  const out: PlacedRun[] = [];
  for (const r of runs) {
    if (r.angle !== 0 || !/\S\s+\S/.test(r.text)) {
      out.push(r);
      continue;
    }
    const size = r.fontSize ?? r.height;
    const parts = r.text.split(/(\s+)/).filter((p) => p.length);
    const em = (s: string) => [...s].reduce((t, c) => t + (WIDE_CHAR.test(c) ? 1 : 0.5), 0) * size;
    const spaces = parts.filter((p) => !p.trim()).reduce((t, p) => t + p.length, 0);
    const spaceW = Math.max(0, (r.width - parts.filter((p) => p.trim()).reduce((t, p) => t + em(p), 0)) / spaces);
    const midY = r.y + r.height / 2;
    let x = r.x;
    let piece: PlacedRun | null = null;
    for (const p of parts) {
      const blank = !p.trim();
      const w = blank ? spaceW * p.length : em(p);
      if (blank) {
        const cut = spaceW >= size * WIDE_SPACE ||
          verticals.crosses(x - 1, x + w + 1, midY);
        if (cut && piece) {
          out.push(piece);
          piece = null;
        } else if (piece) {
          piece.text += p;
          piece.width = x + w - piece.x;
        }
      } else if (piece) {
        piece.text += p;
        piece.width = x + w - piece.x;
      } else {
        piece = { ...r, text: p, x, width: w };
      }
      x += w;
    }
    if (piece) out.push(piece);
  }
  return out;
}
