/** How many of `expected` are among `read`, as multisets (each read value answers one expected value). */
export function multisetHits(expected: readonly string[], read: readonly string[]): number {
  const left = new Map<string, number>();
  for (const t of read) left.set(t, (left.get(t) ?? 0) + 1);
  let hit = 0;
  for (const a of expected) {
    const n = left.get(a) ?? 0;
    if (n) {
      hit++;
      left.set(a, n - 1);
    }
  }
  return hit;
}
