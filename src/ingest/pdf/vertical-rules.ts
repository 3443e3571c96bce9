import type { RuleSegment } from '../../model/index.js';

/**
 * A page's vertical ruling lines sorted by x, so the ones between two x positions are found by bisection:
 * every pair of neighbouring text fragments and every space inside one asks whether a cell border passes
 * between them, and a spreadsheet page has hundreds of border pieces.
 */
export class VerticalRules {
  readonly #byX: readonly RuleSegment[];

  constructor(verticals: readonly RuleSegment[]) {
    // A NaN position is never between anything; ±Infinity sorts to the ends.
    this.#byX = verticals.filter((s) => !Number.isNaN(s.x0)).sort((a, b) => (a.x0 < b.x0 ? -1 : a.x0 > b.x0 ? 1 : 0));
  }

  /** Whether a vertical line with its x in [lo, hi] spans height y. */
  crosses(lo: number, hi: number, y: number): boolean {
    const rules = this.#byX;
    let first = 0, end = rules.length;
    while (first < end) {
      const mid = (first + end) >>> 1;
      if (rules[mid].x0 >= lo) end = mid;
      else first = mid + 1;
    }
    for (let i = first; i < rules.length && rules[i].x0 <= hi; i++) {
      if (rules[i].y0 <= y && rules[i].y1 >= y) return true;
    }
    return false;
  }
}
