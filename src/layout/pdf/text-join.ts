import { normaliseText } from '../../util/cjk.js';

const CJK_OR_PUNCT = /[\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const DIGITISH = /[\d.,，%]/;

/**
 * Joins the pieces of text that wrapped over several lines (in a cell or a paragraph): no space
 * next to a CJK character or punctuation, none inside a wrapped number; a space between Latin words.
 */
export function joinWrapped(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    // Pieces are normalised already (joinLineRuns); only trim, so a wide-gap space survives.
    const p = raw.trim();
    if (!p) continue;
    if (!out) {
      out = p;
      continue;
    }
    const a = out[out.length - 1], b = p[0];
    const tight = CJK_OR_PUNCT.test(a) || CJK_OR_PUNCT.test(b) || (DIGITISH.test(a) && DIGITISH.test(b)) || a === '-' ;
    out += (tight ? '' : ' ') + p;
  }
  return out;
}

/** Joins the runs of one line: a space where the gap is wide (kept even between CJK), else as wrapped text. */
export function joinLineRuns(runs: readonly { text: string; x: number; width: number; fontSize?: number; height: number }[], wideGap: number): string {
  let out = '';
  let lastRight = -Infinity;
  let prev = '';
  for (const r of runs) {
    const size = r.fontSize ?? r.height;
    const t = normaliseText(r.text);
    if (!t) continue;
    // Letter-spaced single characters ('目   录') are one word; other wide gaps keep a space.
    const lone = (u: string) => [...u].length === 1;
    if (out && r.x - lastRight > size * wideGap && !(lone(t) && lone(prev))) out += ' ' + t;
    else out = joinWrapped([out, t]);
    lastRight = r.x + r.width;
    prev = t;
  }
  return out;
}
