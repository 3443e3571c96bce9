/** A run of image rows (or columns) with ink: [from, to], both inclusive. */
export interface Band {
  from: number;
  to: number;
}

/** Runs of indices whose ink count reaches `min`, gaps of up to `maxGap` bridged (lines of text, columns of a cell). */
export function inkBands(counts: ArrayLike<number>, min: number, maxGap: number): Band[] {
  const out: Band[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < min) continue;
    const last = out[out.length - 1];
    if (last && i - last.to - 1 <= maxGap) last.to = i;
    else out.push({ from: i, to: i });
  }
  return out;
}
