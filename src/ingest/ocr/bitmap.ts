/** Grey-level page images: 0 = black, 255 = white, row-major. Pure functions, no canvas. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary mask of the same size: 1 = ink. */
export interface Ink {
  width: number;
  height: number;
  data: Uint8Array;
}

export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    // Transparent pixels are paper.
    const a = rgba[j + 3] / 255;
    const y = 0.299 * rgba[j] + 0.587 * rgba[j + 1] + 0.114 * rgba[j + 2];
    data[i] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data };
}

/** Otsu's threshold over the histogram: scans have grey paper and blurred ink, so a fixed cut fails. */
export function otsuThreshold(g: Gray): number {
  const hist = new Float64Array(256);
  for (const v of g.data) hist[v]++;
  const total = g.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i];
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let cut = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      cut = t;
    }
  }
  return cut;
}

/** The most common grey: the paper. Masked areas take it, so the recogniser sees no bright hole. */
export function paperGrey(g: Gray): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < g.data.length; i += 7) hist[g.data[i]]++;
  let best = 255;
  for (let v = 0; v < 256; v++) if (hist[v] > hist[best]) best = v;
  return best;
}

export function binarise(g: Gray, threshold = otsuThreshold(g)): Ink {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i++) data[i] = g.data[i] <= threshold ? 1 : 0;
  return { width: g.width, height: g.height, data };
}

/** A copy of a rectangle (clipped to the image). */
export function cropGray(g: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const l = Math.max(0, Math.floor(x0));
  const t = Math.max(0, Math.floor(y0));
  const r = Math.min(g.width, Math.ceil(x1));
  const b = Math.min(g.height, Math.ceil(y1));
  const width = Math.max(0, r - l);
  const height = Math.max(0, b - t);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(g.data.subarray((t + y) * g.width + l, (t + y) * g.width + l + width), y * width);
  return { width, height, data };
}

/** Dark pixels in a rectangle of an ink mask. */
export function inkCount(ink: Ink, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  const r = Math.min(ink.width, Math.ceil(x1));
  const b = Math.min(ink.height, Math.ceil(y1));
  for (let y = Math.max(0, Math.floor(y0)); y < b; y++) {
    const row = y * ink.width;
    for (let x = Math.max(0, Math.floor(x0)); x < r; x++) n += ink.data[row + x];
  }
  return n;
}

/** Bilinear resize: the recogniser reads small digits better at a larger scale. */
export function scaleGray(g: Gray, factor: number): Gray {
  const width = Math.max(1, Math.round(g.width * factor));
  const height = Math.max(1, Math.round(g.height * factor));
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(g.height - 1, (y + 0.5) / factor - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(g.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(g.width - 1, (x + 0.5) / factor - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(g.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const a = g.data[y0 * g.width + x0] * (1 - fx) + g.data[y0 * g.width + x1] * fx;
      const b = g.data[y1 * g.width + x0] * (1 - fx) + g.data[y1 * g.width + x1] * fx;
      data[y * width + x] = Math.round(a * (1 - fy) + b * fy);
    }
  }
  return { width, height, data };
}

/** Rotates about the centre by `degrees` (positive = clockwise on screen), paper-white outside. */
export function rotateGray(g: Gray, degrees: number): Gray {
  if (Math.abs(degrees) < 1e-3) return g;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = g.width / 2;
  const cy = g.height / 2;
  const data = new Uint8Array(g.data.length).fill(255);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      // Inverse map: where in the source this output pixel comes from.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= g.width || y0 + 1 >= g.height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * g.width + x0;
      const top = g.data[i] * (1 - fx) + g.data[i + 1] * fx;
      const bot = g.data[i + g.width] * (1 - fx) + g.data[i + g.width + 1] * fx;
      data[y * g.width + x] = Math.round(top * (1 - fy) + bot * fy);
    }
  }
  return { width: g.width, height: g.height, data };
}

/** Binary PGM (P5): leptonica inside the recogniser reads it without any PNG encoding cost. */
export function toPgm(g: Gray): Buffer {
  const head = Buffer.from(`P5\n${g.width} ${g.height}\n255\n`, 'ascii');
  return Buffer.concat([head, Buffer.from(g.data.buffer, g.data.byteOffset, g.data.byteLength)]);
}
