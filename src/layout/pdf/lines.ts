import type { Bbox } from '../../model/place.js';
import type { TextRun } from '../../model/source.js';
import { unionBbox } from '../../geometry/index.js';

/** One visual line of text: its runs left to right. */
export interface Line {
  runs: TextRun[];
  bbox: Bbox;
  /** Typical font size of the line (largest run). */
  size: number;
}

export const runBox = (r: TextRun): Bbox => [r.x, r.y, r.x + r.width, r.y + r.height];
const size = (r: TextRun) => r.fontSize ?? r.height;

/**
 * Groups runs into visual lines: a run joins the line whose vertical middle it overlaps by more than
 * half its own height. Lines come out top to bottom.
 */
export function groupLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  const lines: { runs: TextRun[]; top: number; bottom: number }[] = [];
  for (const r of sorted) {
    const mid = r.y + r.height / 2;
    const line = lines[lines.length - 1];
    const lineMid = line ? (line.top + line.bottom) / 2 : 0;
    if (line && Math.abs(mid - lineMid) <= Math.min(r.height, line.bottom - line.top) / 2) {
      line.runs.push(r);
      line.top = Math.min(line.top, r.y);
      line.bottom = Math.max(line.bottom, r.y + r.height);
    } else {
      lines.push({ runs: [r], top: r.y, bottom: r.y + r.height });
    }
  }
  return lines.map((l) => {
    const rs = l.runs.sort((a, b) => a.x - b.x);
    return { runs: rs, bbox: unionBbox(rs.map(runBox)), size: Math.max(...rs.map(size)) };
  });
}
