import type { Edge, Intersection } from './types.js';

/** Points where a horizontal edge meets a vertical one, allowing ends that stop short by the tolerance. */
export function findIntersections(edges: readonly Edge[], tolerance: number): Intersection[] {
  const hs = edges.filter((e) => e.orientation === 'h');
  const vs = edges.filter((e) => e.orientation === 'v').sort((a, b) => a.pos - b.pos);
  const out: Intersection[] = [];
  for (const h of hs) {
    for (const v of vs) {
      if (v.pos < h.from - tolerance) continue;
      if (v.pos > h.to + tolerance) break;
      if (h.pos >= v.from - tolerance && h.pos <= v.to + tolerance) out.push({ x: v.pos, y: h.pos, h: h.id, v: v.id });
    }
  }
  return out;
}
