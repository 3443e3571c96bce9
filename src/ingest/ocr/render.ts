import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs } from '../../util/pdfjs.js';
import { renderScale } from '../../util/render-size.js';
import { grayFromRgba, type Gray } from './bitmap.js';

/** A page as a grey image and the scale between its pixels and PDF points. */
export interface PageImage {
  gray: Gray;
  dpi: number;
  /** Page size in PDF points (viewport at scale 1, rotation applied). */
  widthPt: number;
  heightPt: number;
}

/**
 * Resolution for a page: a scan is read at its own resolution (no gain from upsampling it), clamped to
 * 200..300 dpi; a page without images at `fallbackDpi`.
 */
async function pageDpi(page: PDFPageProxy, fallbackDpi: number): Promise<number> {
  const { OPS } = await loadPdfjs();
  const ops = await page.getOperatorList();
  const vp = page.getViewport({ scale: 1 });
  let best = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
    const id = ops.argsArray[i][0] as string;
    const img = (page.objs.has(id) ? page.objs.get(id) : null) as { width: number; height: number } | null;
    if (!img) continue;
    // Assume the image fills the page width (scans do); its pixels per inch of page.
    best = Math.max(best, (Math.max(img.width, img.height) / Math.max(vp.width, vp.height)) * 72);
  }
  if (!best) return fallbackDpi;
  return Math.min(300, Math.max(200, Math.round(best)));
}

interface CanvasContext {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

export async function renderPage(doc: PDFDocumentProxy, pageNumber: number, fallbackDpi = 200): Promise<PageImage> {
  const page = await doc.getPage(pageNumber);
  try {
    const unscaled = page.getViewport({ scale: 1 });
    // Capped in pixels: a page that claims to be huge is read at a lower resolution, not at any cost.
    const scale = renderScale(unscaled.width, unscaled.height, await pageDpi(page, fallbackDpi));
    const dpi = scale * 72;
    const vp = page.getViewport({ scale });
    const w = Math.ceil(vp.width);
    const h = Math.ceil(vp.height);
    // pdfjs's own Node canvas factory (@napi-rs/canvas); typed as Object in its declarations.
    type Canvas = { canvas: unknown; context: CanvasContext };
    const factory = doc.canvasFactory as { create(w: number, h: number): Canvas; destroy(c: Canvas): void };
    const drawn = factory.create(w, h);
    const { canvas, context } = drawn;
    try {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, w, h);
      await page.render({ canvasContext: context as never, viewport: vp, canvas: canvas as never }).promise;
      const rgba = context.getImageData(0, 0, w, h).data;
      return { gray: grayFromRgba(rgba, w, h), dpi, widthPt: unscaled.width, heightPt: unscaled.height };
    } finally {
      // The canvas's pixels are native memory that only a garbage collection would free, and the page's
      // JS allocations are too small to trigger one soon: page after page piled up (1.7 GB for 23 scanned
      // pages). Resizing it to nothing frees them now.
      factory.destroy(drawn);
      // getImageData's pixels are native too, freed by a finalizer that runs only on a turn of the event loop
      // after a collection: pages rendered back to back, awaiting nothing but promises, kept every page's
      // RGBA (rendering the 23-page bench scan alone peaked at 0.58 GB, 0.26 GB with this turn).
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    page.cleanup();
  }
}
