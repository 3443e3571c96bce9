/**
 * Scans made from text-layer PDFs: pages rendered with pdf.js, degraded as a scanner and a tired office
 * would (skew, sideways pages, faint and broken rules, grain, blur, JPEG), wrapped as an image-only PDF.
 * Used by scan-accuracy (ground truth for free: the same pages' text layer) and by tests that make their
 * scan at test time from a corpus page (the project commits no copy of a corpus page).
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Degradation {
  dpi: number;
  /** Degrees, positive clockwise. */
  skew: number;
  /** The page lies sideways or upside down in the scanner: 0, 90, 180 or 270 degrees clockwise. */
  rotate: 0 | 90 | 180 | 270;
  /** Standard deviation of the grain, grey levels. */
  noise: number;
  /** Gaussian blur radius, pixels. */
  blur: number;
  /** Ruling lines printed light grey and broken into dashes (a worn toner cartridge, a thin-rule template). */
  faintRules: boolean;
  jpegQuality: number;
}

export const CLEAN: Degradation = { dpi: 200, skew: 0, rotate: 0, noise: 0, blur: 0, faintRules: false, jpegQuality: 92 };

/** A seeded generator, so every scan is reproducible. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A text-layer page rendered white, as an RGBA canvas at `dpi`. */
export async function renderClean(doc: PDFDocumentProxy, pageNumber: number, dpi: number): Promise<{ canvas: Canvas; widthPt: number; heightPt: number }> {
  const page = await doc.getPage(pageNumber);
  try {
    const vp = page.getViewport({ scale: dpi / 72 });
    const [w, h] = [Math.ceil(vp.width), Math.ceil(vp.height)];
    // Render on pdf.js's own canvas (its Path2D must come from the same module instance), then copy the pixels.
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: any } };
    const r = factory.create(w, h);
    r.context.fillStyle = '#ffffff';
    r.context.fillRect(0, 0, w, h);
    await page.render({ canvasContext: r.context, viewport: vp, canvas: r.canvas as never }).promise;
    const canvas = createCanvas(w, h);
    const pixels = canvas.getContext('2d').createImageData(w, h);
    pixels.data.set(r.context.getImageData(0, 0, w, h).data);
    canvas.getContext('2d').putImageData(pixels, 0, 0);
    const base = page.getViewport({ scale: 1 });
    return { canvas, widthPt: base.width, heightPt: base.height };
  } finally {
    page.cleanup();
  }
}

/**
 * Rules made faint and broken: pixels on long dark runs (rules; glyph strokes are short) become light
 * grey, and every 40-120 px a gap of 2-6 px opens.
 */
function fadeRules(data: Uint8ClampedArray, w: number, h: number, dpi: number, random: () => number): void {
  const rule = new Uint8Array(w * h);
  const minH = Math.round(dpi * 0.3);
  const minV = Math.round(dpi * 0.15);
  const dark = (i: number) => data[i * 4] < 170;
  // A rule is a thin stroke: a few pixels across it, paper on both sides (a bold title's stroke is not).
  const across = Math.max(3, Math.round(dpi / 50));
  const thin = (from: number, to: number, at: number, o: 'h' | 'v'): boolean => {
    const mid = (from + to) >> 1;
    let n = 0;
    for (let d = -across; d <= across; d++) {
      const [x, y] = o === 'h' ? [mid, at + d] : [at + d, mid];
      if (x >= 0 && y >= 0 && x < w && y < h && dark(y * w + x)) n++;
    }
    return n <= across;
  };
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      if (x < w && dark(y * w + x)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start >= minH && thin(start, x, y, 'h')) for (let k = start; k < x; k++) rule[y * w + k] = 1;
        start = -1;
      }
    }
  }
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      if (y < h && dark(y * w + x)) {
        if (start < 0) start = y;
      } else if (start >= 0) {
        if (y - start >= minV && thin(start, y, x, 'v')) for (let k = start; k < y; k++) rule[k * w + x] = 2;
        start = -1;
      }
    }
  }
  // Gaps: per row (h) and per column (v), a gap pattern shared by the rows of one stroke.
  const gapsAlong = (len: number): Uint8Array => {
    const g = new Uint8Array(len);
    for (let i = Math.floor(random() * 80); i < len; i += 40 + Math.floor(random() * 80)) g.fill(1, i, Math.min(len, i + 2 + Math.floor(random() * 5)));
    return g;
  };
  const hGaps = gapsAlong(w);
  const vGaps = gapsAlong(h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!rule[i]) continue;
      const gap = rule[i] === 1 ? hGaps[x] : vGaps[y];
      const v = gap ? 255 : 255 - (255 - data[i * 4]) * (0.25 + 0.15 * random());
      data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = v;
    }
  }
}

/** A page as a scanner would give it; the canvas returned is the scan (sideways pages swap width and height). */
export function degrade(page: Canvas, d: Degradation, random: () => number): Canvas {
  const src = page.getContext('2d');
  if (d.faintRules) {
    const img = src.getImageData(0, 0, page.width, page.height);
    fadeRules(img.data, page.width, page.height, d.dpi, random);
    src.putImageData(img, 0, 0);
  }
  const sideways = d.rotate === 90 || d.rotate === 270;
  const [w, h] = sideways ? [page.height, page.width] : [page.width, page.height];
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f2f2f0';
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate(((d.rotate + d.skew) * Math.PI) / 180);
  if (d.blur > 0) ctx.filter = `blur(${d.blur}px)`;
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'none';
  const img = ctx.getImageData(0, 0, w, h);
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  for (let i = 0; i < img.data.length; i += 4) {
    const v = Math.max(0, Math.min(255, img.data[i] * 0.97 + d.noise * gauss()));
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

export interface ScanPage {
  jpeg: Buffer;
  w: number;
  h: number;
  widthPt: number;
  heightPt: number;
}

export function scanPage(scan: Canvas, widthPt: number, heightPt: number, d: Degradation): ScanPage {
  const sideways = d.rotate === 90 || d.rotate === 270;
  const [wPt, hPt] = sideways ? [heightPt, widthPt] : [widthPt, heightPt];
  return { jpeg: scan.toBuffer('image/jpeg', d.jpegQuality), w: scan.width, h: scan.height, widthPt: wPt, heightPt: hPt };
}

/** A minimal PDF: one full-page JPEG per page, no text layer. */
export function imagePdf(images: readonly ScanPage[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = size;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const kids = images.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${images.length} >>`]);
  images.forEach((im, i) => {
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const draw = `q ${im.widthPt} 0 0 ${im.heightPt} 0 0 cm /Im0 Do Q`;
    obj(page, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${im.widthPt} ${im.heightPt}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`]);
    obj(content, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    obj(image, [`<< /Type /XObject /Subtype /Image /Width ${im.w} /Height ${im.h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${im.jpeg.length} >>\nstream\n`, im.jpeg, '\nendstream']);
  });
  const xref = size;
  const count = 3 + images.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** Pages of a text-layer PDF as an image-only scan with one degradation (each page its own seed). */
export async function makeScan(doc: PDFDocumentProxy, pages: readonly number[], d: Degradation, seed: number): Promise<Buffer> {
  const out: ScanPage[] = [];
  for (const [i, n] of pages.entries()) {
    const random = seeded(seed * 31 + i);
    const { canvas, widthPt, heightPt } = await renderClean(doc, n, d.dpi);
    out.push(scanPage(degrade(canvas, d, random), widthPt, heightPt, d));
  }
  return imagePdf(out);
}
