import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Bbox } from '../../model/index.js';
import { loadPdfjs } from '../../util/pdfjs.js';

/** One picture to make: a band of a PDF page around the cited boxes, each box outlined. */
export interface PictureRequest {
  file: string;
  page: number;
  /** Boxes in PDF points, origin top left; empty means the whole page without outlines. */
  boxes: Bbox[];
  /** The whole page with the boxes outlined (unnumbered), for context around a band. */
  whole?: boolean;
}

export interface PictureResult {
  file: string;
  ok: boolean;
  width?: number;
  height?: number;
  error?: string;
}

// pdfjs-dist carries its own @napi-rs/canvas; canvases must come from its factory or Path2D objects mismatch.
interface PdfCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D;
  encode(format: 'png'): Promise<Buffer>;
}
interface CanvasFactory {
  create(w: number, h: number): { canvas: PdfCanvas; context: CanvasRenderingContext2D };
}

const pkgDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const MARGIN_PT = 42;
const MIN_BAND_PT = 140;

/** Vertical band of the page around the boxes (full width, so row labels stay in view). */
function bandOf(boxes: Bbox[], width: number, height: number): [number, number, number, number] {
  if (boxes.length === 0) return [0, 0, width, height];
  let top = Math.min(...boxes.map((b) => Math.min(b[1], b[3]))) - MARGIN_PT;
  let bottom = Math.max(...boxes.map((b) => Math.max(b[1], b[3]))) + MARGIN_PT;
  if (bottom - top < MIN_BAND_PT) {
    const mid = (top + bottom) / 2;
    top = mid - MIN_BAND_PT / 2;
    bottom = mid + MIN_BAND_PT / 2;
  }
  return [0, Math.max(0, top), width, Math.min(height, bottom)];
}

function outline(ctx: CanvasRenderingContext2D, boxes: Bbox[], scale: number, offsetY: number, numbered: boolean): void {
  const pad = 2;
  boxes.forEach((b, i) => {
    const x = Math.min(b[0], b[2]) - pad;
    const y = Math.min(b[1], b[3]) - pad;
    const w = Math.abs(b[2] - b[0]) + 2 * pad;
    const h = Math.abs(b[3] - b[1]) + 2 * pad;
    ctx.fillStyle = 'rgba(255, 212, 59, 0.30)';
    ctx.fillRect(x * scale, (y - offsetY) * scale, w * scale, h * scale);
    ctx.strokeStyle = '#d6336c';
    ctx.lineWidth = Math.max(2, scale * 1.25);
    ctx.strokeRect(x * scale, (y - offsetY) * scale, w * scale, h * scale);
    if (numbered && boxes.length > 1) {
      // Numbers match the list of quotes under the picture.
      const size = 11 * scale;
      ctx.fillStyle = '#d6336c';
      ctx.fillRect(x * scale - size, (y - offsetY) * scale - size, size, size);
      ctx.fillStyle = '#fff';
      ctx.font = `bold ${Math.round(size * 0.8)}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(i + 1), x * scale - size / 2, (y - offsetY) * scale - size / 2);
    }
  });
}

/**
 * Renders each requested page once and cuts every picture asked of it. Failures are per picture, so one bad
 * page leaves the rest of the document's pictures intact.
 */
export async function renderPdfPictures(pdfPath: string, requests: PictureRequest[], scale = 1.5): Promise<PictureResult[]> {
  const results: PictureResult[] = [];
  if (requests.length === 0) return results;
  const data = new Uint8Array(await readFile(pdfPath));
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({
    data,
    cMapUrl: path.join(pkgDir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(pkgDir, 'standard_fonts') + path.sep,
    verbosity: 0,
  }).promise;
  const factory = doc.canvasFactory as unknown as CanvasFactory;
  try {
    const pages = [...new Set(requests.map((r) => r.page))].sort((a, b) => a - b);
    for (const pageNo of pages) {
      const wanted = requests.filter((r) => r.page === pageNo);
      if (pageNo < 1 || pageNo > doc.numPages) {
        for (const r of wanted) results.push({ file: r.file, ok: false, error: `文件只有 ${doc.numPages} 页` });
        continue;
      }
      try {
        const page = await doc.getPage(pageNo);
        const viewport = page.getViewport({ scale });
        const full = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        full.context.fillStyle = '#fff';
        full.context.fillRect(0, 0, full.canvas.width, full.canvas.height);
        await page.render({ canvas: full.canvas as unknown as HTMLCanvasElement, canvasContext: full.context, viewport })
          .promise;
        const [wPt, hPt] = [viewport.width / scale, viewport.height / scale];
        for (const r of wanted) {
          const [x0, y0, x1, y1] = r.whole ? [0, 0, wPt, hPt] : bandOf(r.boxes, wPt, hPt);
          const w = Math.max(1, Math.round((x1 - x0) * scale));
          const h = Math.max(1, Math.round((y1 - y0) * scale));
          const crop = factory.create(w, h);
          crop.context.drawImage(full.canvas as unknown as CanvasImageSource, x0 * scale, y0 * scale, w, h, 0, 0, w, h);
          outline(crop.context, r.boxes, scale, y0, !r.whole);
          await writeFile(r.file, await crop.canvas.encode('png'));
          results.push({ file: r.file, ok: true, width: w, height: h });
        }
        page.cleanup();
      } catch (err) {
        for (const r of wanted) results.push({ file: r.file, ok: false, error: (err as Error).message });
      }
    }
  } finally {
    await doc.destroy();
  }
  return results;
}
