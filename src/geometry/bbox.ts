import type { Bbox } from '../model/place.js';

export const bboxArea = (b: Bbox): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);

/** Area of the overlap of two boxes (0 when apart). */
export function bboxOverlap(a: Bbox, b: Bbox): number {
  return bboxArea([Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);
}

/** True when the point lies inside the box grown by `pad`. */
export function bboxContains(b: Bbox, x: number, y: number, pad = 0): boolean {
  return x >= b[0] - pad && x <= b[2] + pad && y >= b[1] - pad && y <= b[3] + pad;
}

// The union of boxes is model/place.ts's (a Place's union needs it, and model imports nothing).
export { unionBbox } from '../model/place.js';
