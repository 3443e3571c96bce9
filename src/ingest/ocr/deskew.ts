import type { Ink } from './bitmap.js';

/**
 * Skew of a scanned page in degrees (positive = content turned clockwise), from the angle at which
 * ink projected onto rows is most concentrated: ruling lines and text lines then fall on few rows.
 * Ink is subsampled every `step` pixels in both directions, so the projection's bins are `step` rows
 * high: bins one pixel high would leave every other bin empty at exactly 0° and score 0° double.
 * Searched at 0.1° over ±maxDegrees, then refined to 0.01° around the best.
 */
export function estimateSkew(ink: Ink, maxDegrees = 3): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const step = Math.max(1, Math.round(ink.width / 1200));
  for (let y = 0; y < ink.height; y += step) {
    for (let x = 0; x < ink.width; x += step) {
      if (ink.data[y * ink.width + x]) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  const off = ink.width;
  const bins = new Float64Array(Math.ceil((ink.height + 2 * ink.width) / step) + 2);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.floor((ys[i] - xs[i] * t + off) / step)]++;
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  let best = 0;
  for (const [stepDeg, span] of [
    [0.1, maxDegrees],
    [0.02, 0.1],
    [0.005, 0.02],
  ]) {
    let bestScore = -1;
    let bestHere = best;
    const n = Math.round(span / stepDeg);
    for (let k = -n; k <= n; k++) {
      const d = best + k * stepDeg;
      const s = score(d);
      // Ties go to the angle nearer zero: a straight page stays untouched.
      if (s > bestScore || (s === bestScore && Math.abs(d) < Math.abs(bestHere))) {
        bestScore = s;
        bestHere = d;
      }
    }
    best = bestHere;
  }
  // Below 0.05 degrees a rule drifts under a pixel per 1000: not worth resampling the page.
  return Math.abs(best) < 0.05 ? 0 : Math.round(best * 100) / 100;
}
