import type { RuleSegment } from '../../model/index.js';
import type { PlacedRun } from './text-runs.js';

const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** A space wider than this share of the font size separates cells even without a ruling line. */
const WIDE_SPACE = 1.5;

/**
 * pdfjs joins glyphs of one text operator across small gaps, inserting a space, so one item can hold
 * the end of one cell and the start of the next ('29,569.515638 一、一般公共服务支出'). Such items are
 * split at a space that a vertical ruling line crosses, or that is very wide. Glyph widths are not
 * known here: CJK characters count one em, others half an em, and the spaces share the remainder.
 */
export function splitRuns(runs: readonly PlacedRun[], verticals: readonly RuleSegment[]): PlacedRun[] {
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
          verticals.some((s) => s.x0 >= x - 1 && s.x0 <= x + w + 1 && s.y0 <= midY && s.y1 >= midY);
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

/** A well-formed amount: grouped or plain digits, optional fraction; no leading zero before other digits. */
const AMOUNT = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$/;
const FRACTION_HEAD = /^-?(?:\d{1,3}(?:,\d{3})*|\d+)?\.\d+$/;
/** Relative glyph widths: separators are about half a digit. */
const glyphs = (s: string) => [...s].reduce((t, c) => t + (/[.,]/.test(c) ? 0.5 : 1), 0);

/**
 * A cell whose decimals sit below and right of its integer part (Chongqing prints '174,900' over '.64') can
 * leave the decimals in one text operator with the next cell's integer part: '.64101,833'. No amount has a
 * thousands separator after its decimal point, so such a run is two amounts. The cut is the one nearest the
 * ruling line the run crosses; with no line, the one leaving two decimals (the usual precision of 万元).
 */
export function splitGluedAmounts(r: PlacedRun, verticals: readonly RuleSegment[]): PlacedRun[] {
  if (r.angle !== 0 || !/\.\d*\d,\d|\.\d+\./.test(r.text) || AMOUNT.test(r.text) || /\s/.test(r.text)) return [r];
  const cuts: number[] = [];
  for (let i = 2; i < r.text.length - 1; i++) if (FRACTION_HEAD.test(r.text.slice(0, i)) && AMOUNT.test(r.text.slice(i))) cuts.push(i);
  if (!cuts.length) return [r];
  const unit = r.width / glyphs(r.text);
  const xAt = (i: number) => r.x + unit * glyphs(r.text.slice(0, i));
  const midY = r.y + r.height / 2;
  const lines = verticals.filter((s) => s.x0 > r.x && s.x0 < r.x + r.width && s.y0 <= midY && s.y1 >= midY).map((s) => s.x0);
  const cost = (i: number) => (lines.length ? Math.min(...lines.map((x) => Math.abs(x - xAt(i)))) : Math.abs(r.text.slice(0, i).split('.')[1].length - 2));
  const cut = cuts.reduce((best, i) => (cost(i) < cost(best) ? i : best));
  return [
    { ...r, text: r.text.slice(0, cut), width: xAt(cut) - r.x },
    { ...r, text: r.text.slice(cut), x: xAt(cut), width: r.x + r.width - xAt(cut) },
  ];
}
