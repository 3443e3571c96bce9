/** 2-D affine matrices in PDF order [a, b, c, d, e, f]. */
export type Matrix = readonly [number, number, number, number, number, number];

/** m1 after m2: a point goes through m2 first (PDF's `cm` concatenation). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/**
 * multiply(m, [sx, 0, 0, sy, tx, ty]) without building the second matrix: text showing scales and shifts the
 * text matrix for every operator and every piece of text. The zero terms are kept, so every figure (the sign of
 * a zero included) is the one multiply gives.
 */
export function scaleShift(m: Matrix, sx: number, sy: number, tx: number, ty: number): Matrix {
  return [
    m[0] * sx + m[2] * 0,
    m[1] * sx + m[3] * 0,
    m[0] * 0 + m[2] * sy,
    m[1] * 0 + m[3] * sy,
    m[0] * tx + m[2] * ty + m[4],
    m[1] * tx + m[3] * ty + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Area scale factor of the matrix (the area of the unit square it maps to). */
export const areaScale = (m: Matrix): number => Math.abs(m[0] * m[3] - m[1] * m[2]);
