/**
 * The one rule for how large a page is ever rendered (OCR, the review site's pictures): at the resolution asked
 * for, but never above a pixel budget, whatever size the page claims. A page may say it is 8000 points square
 * (2.8 m); at 200 dpi that is 490 million pixels, 2 GB as RGBA, for a picture nobody can use.
 */

/** 24 million pixels: an A3 page at 300 dpi (17.5 M) fits; as RGBA 96 MB. */
export const MAX_RENDER_PIXELS = 24_000_000;

/** The scale (pixels per PDF point) to render a widthPt x heightPt page at `dpi`, within `maxPixels`. */
export function renderScale(widthPt: number, heightPt: number, dpi: number, maxPixels = MAX_RENDER_PIXELS): number {
  const wanted = dpi / 72;
  const [w, h] = [Math.max(1, widthPt), Math.max(1, heightPt)];
  const pixels = (s: number) => Math.ceil(w * s) * Math.ceil(h * s); // as the canvas is sized
  let scale = Math.min(wanted, Math.sqrt(maxPixels / (w * h)));
  while (scale > 0.01 && pixels(scale) > maxPixels) scale *= 0.999;
  return scale;
}
