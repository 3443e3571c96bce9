/** Ruling lines from a page's drawing operators: which filled shapes are lines (pdfjs's own OPS codes). */
import { describe, expect, it } from 'vitest';
import { pageGraphics } from '../../../src/ingest/pdf/page-graphics.js';
import { loadPdfjs } from '../../../src/util/pdfjs.js';

const IDENTITY = [1, 0, 0, 1, 0, 0] as const;
const MOVE = 0, LINE = 1, CLOSE = 4;

/** One filled path (pdfjs constructPath with its paint op) from a polygon's points. */
function filledPath(OPS: Record<string, number>, pts: Array<[number, number]>) {
  const buf = pts.flatMap(([x, y], i) => [i === 0 ? MOVE : LINE, x, y]).concat([CLOSE]);
  return { fn: OPS.constructPath, args: [OPS.fill, [new Float32Array(buf)], null] };
}

async function segmentsOf(paths: Array<Array<[number, number]>>) {
  const { OPS } = await loadPdfjs();
  const ops = paths.map((p) => filledPath(OPS as unknown as Record<string, number>, p));
  return pageGraphics(ops.map((o) => o.fn), ops.map((o) => o.args), IDENTITY, 800 * 600, OPS as never).segments;
}

describe('filled-quad-borders', () => {
  it('takes a border piece filled as a quadrilateral with mitred ends for its centre line', async () => {
    // The bottom border of Guangzhou's tables: 798,60.94 -> 42,60.94 -> 42,61.69 -> 797.25,61.69 (0.75 pt thick).
    const segments = await segmentsOf([[[798, 60.94], [42, 60.94], [42, 61.69], [797.25, 61.69]]]);
    expect(segments).toHaveLength(1);
    expect(segments[0].x0).toBe(42);
    expect(segments[0].x1).toBe(798);
    expect(segments[0].y0).toBeCloseTo(61.315, 2);
  });

  it('leaves a filled shape thicker than a line alone (a shaded header cell, a slanted band)', async () => {
    const segments = await segmentsOf([
      [[42, 60], [300, 60], [300, 80], [42, 80]],
      [[42, 60], [300, 70], [300, 74], [42, 64]],
    ]);
    expect(segments).toEqual([]);
  });
});
