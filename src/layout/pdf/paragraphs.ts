import type { TextLine } from '../../model/layout.js';
import { unionBbox } from '../../geometry/index.js';
import { type Line } from './lines.js';
import type { PdfLayoutSettings } from './settings.js';
import { lineCells } from './stream.js';
import { joinLineRuns, joinWrapped } from './text-join.js';

/** A line ending with these closes its paragraph (； does not: list items run on over line ends). */
const SENTENCE_END = /[。！？：:]$/;

/**
 * Narrative lines to paragraphs: a line continues the previous one when that one runs to the right
 * margin without ending a sentence-closing mark, the gap is one line, the font size matches and the
 * new line is not indented (an indent starts a paragraph). A paragraph's place is its first line's
 * page with the union of its lines' boxes.
 */
export function paragraphs(lines: readonly Line[], page: number, s: PdfLayoutSettings): TextLine[] {
  const prose = lines.filter((l) => lineCells(l, s.wideGap).length === 1);
  const right = prose.length ? Math.max(...prose.map((l) => l.bbox[2])) : 0;
  const out: { lines: Line[]; texts: string[] }[] = [];
  for (const l of lines) {
    const text = joinLineRuns(l.runs, s.wideGap);
    if (!text) continue;
    const cur = out[out.length - 1];
    const prev = cur?.lines[cur.lines.length - 1];
    const first = cur?.lines[0];
    const continues =
      prev && first &&
      lineCells(prev, s.wideGap).length === 1 && lineCells(l, s.wideGap).length === 1 &&
      prev.bbox[2] >= right - prev.size * 4 &&
      !SENTENCE_END.test(cur.texts[cur.texts.length - 1]) &&
      l.bbox[1] - prev.bbox[3] <= prev.size * s.maxLineGap &&
      Math.abs(l.size - prev.size) <= prev.size * 0.1 &&
      l.bbox[0] <= (cur.lines.length > 1 ? cur.lines[1].bbox[0] : first.bbox[0]) + l.size * 0.5;
    if (continues) {
      cur.lines.push(l);
      cur.texts.push(text);
    } else {
      out.push({ lines: [l], texts: [text] });
    }
  }
  return out.map((p) => ({ text: joinWrapped(p.texts), place: { page, bbox: unionBbox(p.lines.map((l) => l.bbox)) } }));
}
