import type { Bbox } from '../../model/place.js';
import { parseAmountText } from '../../util/money.js';
import { documentParams, loadPdfjs } from '../pdf/pdfjs.js';
import { cleanNumber, cleanText, NUMERIC_WHITELIST } from './clean.js';
import { cellImage, lineCrops } from './crop.js';
import { readLines } from './paddle.js';
import { cropSettings } from './cells.js';
import { ocrPool, type OcrPool } from './pool.js';
import { readImage, type Psm } from './recognise.js';
import { renderPage } from './render.js';
import { uprightStructure } from './orientation.js';
import type { PageStructure } from './structure.js';

export interface RereadRequest {
  page: number;
  /** The cell, PDF points (top-left origin), as in the Cell's place. */
  bbox: Bbox;
  /** Read digits and separators only. */
  numeric: boolean;
}

export interface RereadResult {
  request: RereadRequest;
  /** Every reading, in the order tried (tesseract in another mode, then at another scale; PP-OCRv4 at another scale). */
  readings: { text: string; confidence: number; psm: Psm; scale: number; engine?: 'paddle' | 'tesseract' }[];
  /** The text all readings agree on, or null when they disagree (an OCR suspect). */
  agreed: string | null;
  /** Honest confidence: the lowest of agreeing readings; 0 when they disagree. */
  confidence: number;
}

const VARIANTS: { psm: Psm; scale: number }[] = [
  { psm: 'word', scale: 1 },
  { psm: 'line', scale: 1.6 },
];

/** Re-reads single cells with other settings and the other engine; for the step that lets the arithmetic choose. */
export async function rereadCellOn(pool: OcrPool, st: PageStructure, req: RereadRequest): Promise<RereadResult> {
  const readings: RereadResult['readings'] = [];
  for (const v of VARIANTS) {
    const px: Bbox = [req.bbox[0] * st.scale, req.bbox[1] * st.scale, req.bbox[2] * st.scale, req.bbox[3] * st.scale];
    const img = cellImage(st.clean, st.ink, px, cropSettings(st), v.scale);
    if (!img) {
      readings.push({ text: '', confidence: 1, ...v });
      continue;
    }
    const psm = img.lineCount > 1 && v.psm !== 'word' ? 'block' : v.psm;
    const r = await readImage(pool, img.image, { psm, whitelist: req.numeric ? NUMERIC_WHITELIST : '' });
    const raw = r.lines.map((l) => l.words.map((w) => w.text).join(' ')).join(' ');
    readings.push({ text: req.numeric ? cleanNumber(raw) : cleanText(raw), confidence: r.confidence, psm, scale: v.scale });
  }
  // The other engine too: PP-OCRv4 line by line on the cell scaled up a little (another setting than the
  // first reading's), so the arithmetic can choose between engines.
  const img = cellImage(st.clean, st.ink, [req.bbox[0] * st.scale, req.bbox[1] * st.scale, req.bbox[2] * st.scale, req.bbox[3] * st.scale], cropSettings(st), 1.3);
  if (img) {
    const lines = await readLines(lineCrops(img).map((c) => c.image));
    const raw = lines.map((l) => l.text).join(req.numeric ? '' : ' ');
    const complete = lines.every((l) => l.text);
    readings.push({ text: req.numeric ? cleanNumber(raw) : cleanText(raw), confidence: complete ? Math.min(...lines.map((l) => l.confidence)) : 0, psm: 'line', scale: 1.3, engine: 'paddle' });
  }
  const key = (t: string) => (req.numeric ? (parseAmountText(t)?.text ?? t) : t);
  const agreed = readings.every((r) => key(r.text) === key(readings[0].text)) ? readings[0].text : null;
  return { request: req, readings, agreed, confidence: agreed === null ? 0 : Math.min(...readings.map((r) => r.confidence)) };
}

/** Re-reads cells of a PDF, rendering each page involved once. */
export async function rereadCells(pdfBytes: Uint8Array, requests: readonly RereadRequest[], pool: OcrPool = ocrPool()): Promise<RereadResult[]> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(pdfBytes)).promise;
  try {
    const out: RereadResult[] = new Array(requests.length);
    for (const page of [...new Set(requests.map((r) => r.page))]) {
      const img = await renderPage(doc, page);
      // Turned as the first reading turned it: the cells' places are on the upright page.
      const { structure: st } = await uprightStructure(img.gray, img.dpi);
      await Promise.all(requests.map(async (r, i) => (r.page === page ? (out[i] = await rereadCellOn(pool, st, r)) : undefined)));
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
