import type { RuleSegment } from '../../model/source.js';
import { binarise, otsuThreshold, paperGrey, rotateGray, type Gray, type Ink } from './bitmap.js';
import { estimateSkew } from './deskew.js';
import { eraseLines, findLines, lineSettingsFor, ruleMasks, type PixelLine } from './lines.js';

/** A page image straightened, with its ruling lines found and a copy with the lines erased. */
export interface PageStructure {
  /** Straightened page. */
  gray: Gray;
  /** Straightened page with ruling lines whitened: what the recogniser sees. */
  clean: Gray;
  /** Ink mask of `clean`. */
  ink: Ink;
  skewDegrees: number;
  lines: PixelLine[];
  /** The lines as segments in PDF points (top-left origin). */
  segments: RuleSegment[];
  /** Pixels per PDF point. */
  scale: number;
}

export function lineToSegment(l: PixelLine, scale: number): RuleSegment {
  return l.orientation === 'h'
    ? { x0: l.from / scale, y0: l.pos / scale, x1: l.to / scale, y1: l.pos / scale }
    : { x0: l.pos / scale, y0: l.from / scale, x1: l.pos / scale, y1: l.to / scale };
}

/** Mean grey of the pixels at or under the ink cut: how dark the page's full-strength ink is. */
function inkGrey(g: Gray, cut: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < g.data.length; i += 3) {
    const v = g.data[i];
    if (v <= cut) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : cut;
}

/**
 * What the skew is measured on: strokes darker than the ground above and below them (the horizontal rule
 * mask), not the pixels under the page-wide Otsu cut. On a page that holds little but a table with shaded
 * header cells (a 三公 table), Otsu's cut falls between the shading and the ink: the grey rules drop out,
 * and the header words, printed at staggered heights, tilt the estimate by one or two degrees. Shading is
 * no darker than its own ground and stays out of this mask; rules and text lines stay in.
 */
export function skewStrokes(page: Gray): Ink {
  return ruleMasks(page, otsuThreshold(page), paperGrey(page)).h;
}

/** Structure first: straighten, find the rules, erase them. Pure: no recogniser involved. */
export function analysePage(page: Gray, dpi: number): PageStructure {
  const skewDegrees = estimateSkew(skewStrokes(page));
  const gray = rotateGray(page, -skewDegrees);
  // One cut for the page before and after erasing (erasing adds white and would shift Otsu's cut).
  const threshold = otsuThreshold(gray);
  const settings = lineSettingsFor(dpi);
  // Rules are found on lenient masks (faint and slanted rules stay whole), text stays on Otsu's cut.
  const paper = paperGrey(gray);
  const masks = ruleMasks(gray, threshold, paper);
  const lines = findLines(masks.h, settings, masks.v, { gray, paper, ink: inkGrey(gray, threshold) });
  const clean: Gray = { width: gray.width, height: gray.height, data: new Uint8Array(gray.data) };
  eraseLines(clean.data, clean.width, masks, threshold, settings, lines);
  const scale = dpi / 72;
  return { gray, clean, ink: binarise(clean, threshold), skewDegrees, lines, segments: lines.map((l) => lineToSegment(l, scale)), scale };
}
