import type { RuleSegment, TextRun } from '../../model/index.js';
import { splitRuns } from './split-runs.js';
import { VerticalRules } from './vertical-rules.js';
import type { PlacedRun } from './text-runs.js';

/** Fragments closer than this share of the font size are one run. */
const MAX_GAP = 0.25;
/** Latin/digit fragments further apart than this share get a space between them. */
const SPACE_GAP = 0.12;
const LATIN_END = /[A-Za-z0-9.,%)\]]$/;
const LATIN_START = /^[A-Za-z0-9(\[]/;

/** True when a vertical ruling line passes between x0 and x1 at the height of the run. */
function ruledBetween(verticals: VerticalRules, x0: number, x1: number, yMid: number): boolean {
  return verticals.crosses(x0 - 0.5, x1 + 0.5, yMid);
}

/**
 * Joins pdfjs fragments of one visual line that touch (same baseline and size, no gap) into one run,
 * keeping apart fragments separated by a wide gap or a vertical ruling line (cell boundaries).
 * Input in content order; output sorted top to bottom, left to right.
 */
export function mergeRuns(runs: readonly PlacedRun[], segments: readonly RuleSegment[]): TextRun[] {
  const verticals = new VerticalRules(segments.filter((s) => Math.abs(s.x1 - s.x0) < 0.5));
  // Lines first (baselines within a fifth of the font size), then left to right inside each line.
  const byBaseline = splitRuns(runs, verticals).sort((a, b) => a.angle - b.angle || a.baseline - b.baseline);
  const lines: PlacedRun[][] = [];
  for (const r of byBaseline) {
    const line = lines[lines.length - 1];
    const head = line?.[0];
    if (head && head.angle === r.angle && r.baseline - head.baseline <= Math.max(r.fontSize ?? r.height, 1) * 0.2) line.push(r);
    else lines.push([r]);
  }
  const sorted = lines.flatMap((l) => l.sort((a, b) => a.x - b.x));
  const out: PlacedRun[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const size = Math.max(r.fontSize ?? r.height, 1);
    if (last && last.angle === 0 && r.angle === 0 && Math.abs(last.baseline - r.baseline) <= size * 0.2 &&
        Math.abs((last.fontSize ?? 0) - (r.fontSize ?? 0)) <= size * 0.15) {
      const lastRight = last.x + last.width;
      const gap = r.x - lastRight;
      if (gap <= size * MAX_GAP && gap >= -size * 0.5 && !ruledBetween(verticals, lastRight - 0.5, r.x + 0.5, r.baseline - size * 0.3)) {
        const space = gap > size * SPACE_GAP && LATIN_END.test(last.text) && LATIN_START.test(r.text) ? ' ' : '';
        const right = Math.max(lastRight, r.x + r.width);
        const top = Math.min(last.y, r.y);
        last.height = Math.max(last.y + last.height, r.y + r.height) - top;
        last.y = top;
        last.width = right - last.x;
        last.text += space + r.text;
        continue;
      }
    }
    out.push({ ...r });
  }
  return out
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ baseline: _b, angle: _a, ...run }) => run);
}
