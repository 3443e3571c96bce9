import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadPdfjs } from '../../util/pdfjs.js';

/**
 * Page pictures of a PDF, drawn with pdf.js onto @napi-rs/canvas. The review site makes one picture per cited
 * page and lays every box over it in HTML; `inspect` draws its overlay onto the same canvas.
 */

// pdfjs-dist carries its own @napi-rs/canvas; canvases must come from its factory or Path2D objects mismatch.
export interface PdfCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D;
  encode(format: 'png'): Promise<Buffer>;
  encode(format: 'webp' | 'jpeg', quality?: number): Promise<Buffer>;
}
interface CanvasFactory {
  create(w: number, h: number): { canvas: PdfCanvas; context: CanvasRenderingContext2D };
}

export interface RenderedPage {
  canvas: PdfCanvas;
  context: CanvasRenderingContext2D;
  /** Pixels per PDF point actually used (lowered for pages whose claimed size would exceed the pixel cap). */
  scale: number;
  widthPt: number;
  heightPt: number;
}

export interface OpenPdf {
  numPages: number;
  render(pageNo: number, scale: number): Promise<RenderedPage>;
  close(): Promise<void>;
}

const pkgDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** A page picture never exceeds this many pixels, whatever size the page claims (a hostile 8000-pt page). */
export const MAX_PAGE_PIXELS = 4_000_000;

export function cappedScale(widthPt: number, heightPt: number, scale: number, maxPixels = MAX_PAGE_PIXELS): number {
  const pixels = widthPt * heightPt * scale * scale;
  return pixels > maxPixels ? Math.sqrt(maxPixels / (widthPt * heightPt)) : scale;
}

export async function openPdf(pdfPath: string): Promise<OpenPdf> {
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
  return {
    numPages: doc.numPages,
    async render(pageNo, wanted) {
      const page = await doc.getPage(pageNo);
      try {
        const base = page.getViewport({ scale: 1 });
        const scale = cappedScale(base.width, base.height, wanted);
        const viewport = page.getViewport({ scale });
        const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
        return { canvas, context, scale, widthPt: base.width, heightPt: base.height };
      } finally {
        page.cleanup();
      }
    },
    close: () => doc.destroy(),
  };
}

export interface PagePictureRequest {
  page: number;
  /** Absolute file to write. */
  file: string;
}

export interface PagePictureResult {
  page: number;
  file: string;
  ok: boolean;
  /** Pixel size of the picture and the page's size in PDF points (boxes are laid over it in points). */
  width?: number;
  height?: number;
  widthPt?: number;
  heightPt?: number;
  error?: string;
}

export interface PagePictureOptions {
  scale: number;
  /** WebP keeps a page of text at a fraction of PNG's size with the characters sharp. */
  format: 'webp' | 'png';
  quality?: number;
}

/** Renders each page once into its file. Failures are per page: one bad page leaves the others intact. */
export async function renderPagePictures(
  pdfPath: string,
  requests: PagePictureRequest[],
  options: PagePictureOptions,
): Promise<PagePictureResult[]> {
  if (requests.length === 0) return [];
  const pdf = await openPdf(pdfPath);
  const results: PagePictureResult[] = [];
  try {
    for (const r of requests) {
      if (r.page < 1 || r.page > pdf.numPages) {
        results.push({ ...r, ok: false, error: `文件只有 ${pdf.numPages} 页` });
        continue;
      }
      try {
        const p = await pdf.render(r.page, options.scale);
        const bytes = options.format === 'webp' ? await p.canvas.encode('webp', options.quality ?? 80) : await p.canvas.encode('png');
        await writeFile(r.file, bytes);
        results.push({ ...r, ok: true, width: p.canvas.width, height: p.canvas.height, widthPt: p.widthPt, heightPt: p.heightPt });
      } catch (err) {
        results.push({ ...r, ok: false, error: (err as Error).message });
      }
    }
  } finally {
    await pdf.close();
  }
  return results;
}
