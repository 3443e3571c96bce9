import type { PdfFontStyle, PdfTextItem } from './text-runs.js';
import { apply, multiply, scaleShift, type Matrix } from './matrix.js';

/** pdfjs OPS codes for text (pdfjs-dist 5.4), passed in so this stays a pure function. */
export interface TextOps {
  save: number; restore: number; transform: number; paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  beginText: number; setCharSpacing: number; setWordSpacing: number; setHScale: number; setLeading: number;
  setFont: number; setTextRise: number; moveText: number; setLeadingMoveText: number; setTextMatrix: number;
  nextLine: number; showText: number; clip: number; eoClip: number; constructPath: number;
}

/** A clipping region's bounding box in page space [x0, y0, x1, y1]; null when nothing clips. */
type ClipBox = readonly [number, number, number, number] | null;

/** What this module reads of a pdfjs font object (commonObjs). */
export interface PdfFont { fontMatrix?: number[]; vertical?: boolean; ascent?: number; descent?: number }
interface Glyph { unicode?: string; width?: number; isSpace?: boolean }

interface TextState {
  ctm: Matrix; tm: Matrix; x: number; y: number; lineX: number; lineY: number;
  font: PdfFont | null; fontName: string; size: number; charSpacing: number; wordSpacing: number;
  hScale: number; leading: number; rise: number;
  /** The clip in force (graphics state: saved and restored with it). */
  clip: ClipBox;
}

/** A copy of the state for `q` and forms: spelt out, since Excel printers save and restore around every cell. */
const copyState = (s: TextState): TextState => ({
  ctm: s.ctm, tm: s.tm, x: s.x, y: s.y, lineX: s.lineX, lineY: s.lineY, font: s.font, fontName: s.fontName, size: s.size,
  charSpacing: s.charSpacing, wordSpacing: s.wordSpacing, hScale: s.hScale, leading: s.leading, rise: s.rise, clip: s.clip,
});

/** A TJ adjustment moving the pen right by more than this share of an em splits the run (spaced cells). */
const SPLIT_GAP_EM = 0.3;

/**
 * Text items from a pdfjs operator list, in the same shape as getTextContent items, so one content
 * stream pass gives both ruling lines and text. Mirrors pdf.js's canvas showText arithmetic: the pen
 * advances by glyph width x size x fontMatrix plus char/word spacing, scaled by Tz, in text space.
 * A showText splits at spaces and wide TJ gaps, since one operator often spans several cells.
 * Returns null when the page uses a vertical font (the caller then asks pdfjs for text content).
 */
export function textFromOperatorList(
  fnArray: ArrayLike<number>,
  argsArray: readonly unknown[],
  base: Matrix,
  getFont: (name: string) => PdfFont | null,
  OPS: TextOps,
  normalise: (s: string) => string,
): { items: PdfTextItem[]; styles: Record<string, PdfFontStyle> } | null {
  const items: PdfTextItem[] = [];
  const styles: Record<string, PdfFontStyle> = {};
  let st: TextState = {
    ctm: base, tm: [1, 0, 0, 1, 0, 0], x: 0, y: 0, lineX: 0, lineY: 0, font: null, fontName: '', size: 0,
    charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, clip: null,
  };
  // `W n`: the clip op comes first; the path that follows (painted or not) is the new clip region.
  let pendingClip = false;
  const stack: TextState[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save: stack.push(copyState(st)); break;
      case OPS.restore: st = stack.pop() ?? st; break;
      case OPS.transform: st.ctm = multiply(st.ctm, args as unknown as Matrix); break;
      case OPS.paintFormXObjectBegin: {
        stack.push(copyState(st));
        const m = args[0] as Matrix | null;
        if (m && m.length === 6) st.ctm = multiply(st.ctm, m);
        break;
      }
      case OPS.paintFormXObjectEnd: st = stack.pop() ?? st; break;
      case OPS.beginText: st.tm = [1, 0, 0, 1, 0, 0]; st.x = st.lineX = st.y = st.lineY = 0; break;
      case OPS.clip: case OPS.eoClip: pendingClip = true; break;
      case OPS.constructPath: {
        if (!pendingClip) break;
        pendingClip = false;
        const box = (args[2] ?? null) as ArrayLike<number> | null;
        if (box && box.length === 4 && Number.isFinite(box[0])) st.clip = intersect(st.clip, pageBox(st.ctm, box));
        break;
      }
      case OPS.setCharSpacing: st.charSpacing = args[0] as number; break;
      case OPS.setWordSpacing: st.wordSpacing = args[0] as number; break;
      case OPS.setHScale: st.hScale = (args[0] as number) / 100; break;
      case OPS.setLeading: st.leading = -(args[0] as number); break;
      case OPS.setTextRise: st.rise = args[0] as number; break;
      case OPS.moveText: moveText(st, args[0] as number, args[1] as number); break;
      case OPS.setLeadingMoveText: st.leading = args[1] as number; moveText(st, args[0] as number, args[1] as number); break;
      case OPS.nextLine: moveText(st, 0, st.leading); break;
      case OPS.setTextMatrix: {
        const m = (args.length === 6 ? args : args[0]) as Matrix;
        st.tm = m;
        st.x = st.lineX = st.y = st.lineY = 0;
        break;
      }
      case OPS.setFont: {
        st.fontName = args[0] as string;
        st.font = getFont(st.fontName);
        st.size = Math.abs(args[1] as number);
        if (st.font?.vertical) return null;
        if (st.font && !(st.fontName in styles)) styles[st.fontName] = { ascent: st.font.ascent, descent: st.font.descent };
        break;
      }
      case OPS.showText: {
        if (st.font && st.size !== 0) st.x += showText(st, args[0] as (Glyph | number)[], items, normalise);
        break;
      }
      default:
    }
  }
  return { items, styles };
}

function moveText(st: TextState, x: number, y: number): void {
  st.x = st.lineX += x;
  st.y = st.lineY += y;
}

/**
 * The text items of one showText, pushed to `items`; returns how far the pen moved (text space, before Tz).
 * Helpers take the state as arguments rather than closing over it: this runs for every text operator, and
 * variables a closure captures live on the heap.
 */
function showText(st: TextState, glyphs: readonly (Glyph | number)[], items: PdfTextItem[], normalise: (s: string) => string): number {
  const font = st.font!;
  const advance = st.size * (font.fontMatrix?.[0] ?? 0.001);
  const T = scaleShift(multiply(st.ctm, st.tm), 1, 1, 0, st.y + st.rise);
  let x = 0;
  let piece = '';
  let pieceStart = 0;
  let pieceEnd = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      const shift = (-g * st.size) / 1000;
      if (shift > st.size * SPLIT_GAP_EM) piece = pushPiece(items, st, T, piece, pieceStart, pieceEnd, normalise);
      x += shift;
      continue;
    }
    const uni = g.unicode ?? '';
    const w = (g.width ?? 0) * advance + (g.isSpace ? st.wordSpacing : 0) + st.charSpacing;
    // A glyph whose centre lies outside the clip is not shown (text overflowing a spreadsheet cell,
    // a merged cell's text hidden under a repeated header): it is not read either.
    const hidden = st.clip !== null && !insideAt(st.clip, T, st.x + (x + ((g.width ?? 0) * advance) / 2) * st.hScale, st.size * 0.35);
    if (!uni.trim() || hidden) {
      piece = pushPiece(items, st, T, piece, pieceStart, pieceEnd, normalise);
    } else {
      if (!piece) pieceStart = x;
      piece += uni;
      pieceEnd = x + (g.width ?? 0) * advance;
    }
    x += w;
  }
  pushPiece(items, st, T, piece, pieceStart, pieceEnd, normalise);
  return x * st.hScale;
}

/** A piece of shown text (from pen position `start` to `end`) as an item unless it is blank; returns the empty piece that follows. */
function pushPiece(items: PdfTextItem[], st: TextState, T: Matrix, piece: string, start: number, end: number, normalise: (s: string) => string): string {
  if (piece.trim()) {
    const t = scaleShift(T, st.size * st.hScale, st.size, st.x + start * st.hScale, 0);
    const pageScale = Math.hypot(T[0], T[1]) * st.hScale;
    items.push({ str: normalise(piece), transform: t as unknown as number[], width: (end - start) * pageScale, height: st.size, fontName: st.fontName });
  }
  return '';
}

/** The page-space box of a user-space box under `m`. */
function pageBox(m: Matrix, b: ArrayLike<number>): [number, number, number, number] {
  const pts = [apply(m, b[0], b[1]), apply(m, b[2], b[1]), apply(m, b[0], b[3]), apply(m, b[2], b[3])];
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: ClipBox, b: [number, number, number, number]): [number, number, number, number] {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** Inside the clip, with half a point of slack for rounding at cell borders. */
const inside = (c: NonNullable<ClipBox>, x: number, y: number) => x >= c[0] - 0.5 && x <= c[2] + 0.5 && y >= c[1] - 0.5 && y <= c[3] + 0.5;
/** `inside(c, apply(m, x, y))` with the same arithmetic and no point array: it runs for every clipped glyph. */
const insideAt = (c: NonNullable<ClipBox>, m: Matrix, x: number, y: number) => inside(c, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
