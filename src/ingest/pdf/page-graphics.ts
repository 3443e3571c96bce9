import type { RuleSegment } from '../../model/index.js';
import { apply, areaScale, multiply, type Matrix } from './matrix.js';

/** pdfjs OPS codes this walker reads (pdfjs-dist 5.4), passed in so the walker stays a pure function. */
export interface GraphicsOps {
  save: number; restore: number; transform: number; constructPath: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number;
  fillStroke: number; eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number;
  setStrokeRGBColor: number; setFillRGBColor: number;
  paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number;
  paintImageXObjectRepeat: number; paintInlineImageXObjectGroup: number;
  shadingFill: number; showText: number; showSpacedText: number; nextLineShowText: number; nextLineSetSpacingShowText: number;
}

/** pdfjs's path buffer codes (DrawOPS). */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;
/** A filled rectangle this thin (points) is drawn as a ruling line. */
const THIN_FILL = 2.5;
/** Slant (points) still counted as horizontal or vertical after transform rounding. */
const AXIS_SLACK = 0.5;
const MIN_LENGTH = 1.5;

export interface PageGraphics {
  segments: RuleSegment[];
  /** Largest share of the page covered by one image (0..1): a scan has about 1. */
  imageCover: number;
  /** Visible marks drawn (painted paths, images, shadings, text): a page with none is blank, nothing to render. */
  marks: number;
}

interface State { ctm: Matrix; stroke: boolean; fill: boolean }

const WHITE = /^#?f{6}$/i;
const visible = (color: unknown) => !(typeof color === 'string' && WHITE.test(color));

/** Points of each subpath in page space; curves break a subpath (they are never ruling lines). */
function subpaths(buf: ArrayLike<number>, ctm: Matrix): { pts: [number, number][]; closed: boolean }[] {
  const out: { pts: [number, number][]; closed: boolean }[] = [];
  let cur: { pts: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < buf.length; ) {
    const op = buf[i++];
    if (op === MOVE || op === LINE) {
      const p = apply(ctm, buf[i++], buf[i++]);
      if (op === MOVE || !cur) out.push((cur = { pts: [], closed: false }));
      cur.pts.push(p);
    } else if (op === CURVE || op === QUAD) {
      i += op === CURVE ? 6 : 4;
      const last = apply(ctm, buf[i - 2], buf[i - 1]);
      out.push((cur = { pts: [last], closed: false }));
    } else if (op === CLOSE) {
      if (cur) cur.closed = true;
    } else {
      break; // unknown code: stop rather than misread coordinates
    }
  }
  return out;
}

function pushLine(out: RuleSegment[], [x0, y0]: [number, number], [x1, y1]: [number, number]) {
  const dx = Math.abs(x1 - x0), dy = Math.abs(y1 - y0);
  if (Math.max(dx, dy) < MIN_LENGTH) return;
  if (dy <= AXIS_SLACK) out.push({ x0: Math.min(x0, x1), y0: (y0 + y1) / 2, x1: Math.max(x0, x1), y1: (y0 + y1) / 2 });
  else if (dx <= AXIS_SLACK) out.push({ x0: (x0 + x1) / 2, y0: Math.min(y0, y1), x1: (x0 + x1) / 2, y1: Math.max(y0, y1) });
}

/** An axis-aligned rectangle's box, or null. */
function rectBox(pts: [number, number][]): [number, number, number, number] | null {
  const ring = pts.length === 5 && Math.hypot(pts[4][0] - pts[0][0], pts[4][1] - pts[0][1]) < 0.01 ? pts.slice(0, 4) : pts;
  if (ring.length !== 4) return null;
  for (let k = 0; k < 4; k++) {
    const [a, b] = [ring[k], ring[(k + 1) % 4]];
    if (Math.abs(a[0] - b[0]) > AXIS_SLACK && Math.abs(a[1] - b[1]) > AXIS_SLACK) return null;
  }
  const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The box of a filled polygon drawn as a ruling line: some printers (Excel to PDF in Guangzhou's budgets) fill each
 * border piece as a quadrilateral with mitred ends, its corners off the axes by the line's width. Any filled
 * straight-edged shape no thicker than THIN_FILL is seen as a line, whatever its outline; null otherwise.
 */
function thinFillBox(pts: [number, number][]): [number, number, number, number] | null {
  if (pts.length < 3 || pts.length > 8) return null;
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const box: [number, number, number, number] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return Math.min(box[2] - box[0], box[3] - box[1]) <= THIN_FILL ? box : null;
}

/**
 * Ruling lines and image coverage of one page from its pdfjs operator list. `base` is the viewport
 * transform, so output is in top-left-origin points of the page as displayed (rotation applied).
 * Strokes give their straight pieces; thin filled rectangles give their centre line; clipping paths
 * and white strokes (used to hide borders) give nothing.
 */
export function pageGraphics(
  fnArray: ArrayLike<number>,
  argsArray: readonly unknown[],
  base: Matrix,
  pageArea: number,
  OPS: GraphicsOps,
): PageGraphics {
  const segments: RuleSegment[] = [];
  let imageCover = 0;
  let marks = 0;
  let st: State = { ctm: base, stroke: true, fill: true };
  const stack: State[] = [];
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const drawn = new Set([OPS.shadingFill, OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const images = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ...st });
    else if (fn === OPS.restore) st = stack.pop() ?? st;
    else if (fn === OPS.transform) st.ctm = multiply(st.ctm, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ...st });
      const m = args?.[0] as Matrix | null;
      if (m && m.length === 6) st.ctm = multiply(st.ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) st = stack.pop() ?? st;
    else if (fn === OPS.setStrokeRGBColor) st.stroke = visible(args?.[0]);
    else if (fn === OPS.setFillRGBColor) st.fill = visible(args?.[0]);
    else if (drawn.has(fn)) marks++;
    else if (images.has(fn)) {
      marks++;
      imageCover = Math.max(imageCover, Math.min(1, areaScale(st.ctm) / pageArea));
    }
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const buf = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buf) continue;
      const doStroke = strokes.has(paint) && st.stroke;
      const doFill = fills.has(paint) && st.fill;
      if (!doStroke && !doFill) continue;
      marks++;
      for (const sp of subpaths(buf, st.ctm)) {
        const box = doFill && !doStroke ? (rectBox(sp.pts) ?? thinFillBox(sp.pts)) : null;
        if (box) {
          const [x0, y0, x1, y1] = box;
          if (y1 - y0 <= THIN_FILL && x1 - x0 > y1 - y0) pushLine(segments, [x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
          else if (x1 - x0 <= THIN_FILL && y1 - y0 > x1 - x0) pushLine(segments, [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
          continue;
        }
        if (!doStroke) continue;
        for (let k = 1; k < sp.pts.length; k++) pushLine(segments, sp.pts[k - 1], sp.pts[k]);
        if (sp.closed && sp.pts.length > 2) pushLine(segments, sp.pts[sp.pts.length - 1], sp.pts[0]);
      }
    }
  }
  return { segments, imageCover, marks };
}
