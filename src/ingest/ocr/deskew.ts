import type { Ink } from './bitmap.js';

/**
 * Skew of a scanned page in degrees (positive = content turned clockwise), from the angle at which
 * ink projected onto rows is most concentrated: ruling lines and text lines then fall on few rows.
 * Searched coarse to fine within ±maxDegrees; ink is subsampled so a page takes a few tens of ms.
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
  const bins = new Float64Array(ink.height + 2 * ink.width);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    const off = ink.width;
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] - xs[i] * t) + off]++;
    let s = 0;
    for (const b of bins) s += b * b;
    return s;
  };
  let best = 0;
  for (const stepDeg of [0.25, 0.05, 0.01]) {
    const span = stepDeg === 0.25 ? maxDegrees : stepDeg * 5;
    let bestScore = -1;
    let bestHere = best;
    for (let d = best - span; d <= best + span + 1e-9; d += stepDeg) {
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
