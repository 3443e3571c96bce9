import type { Bbox } from '../../model/place.js';
import { parseAmountText } from '../../util/money.js';
import { documentParams, loadPdfjs } from '../pdf/pdfjs.js';
import { cleanNumber, cleanText, NUMERIC_WHITELIST } from './clean.js';
import { cellImage } from './crop.js';
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
  /** Every reading, in the order tried (another mode, then another scale). */
  readings: { text: string; confidence: number; psm: Psm; scale: number }[];
  /** The text all readings agree on, or null when they disagree (an OCR suspect). */
  agreed: string | null;
  /** Honest confidence: the lowest of agreeing readings; 0 when they disagree. */
  confidence: number;
}

const VARIANTS: { psm: Psm; scale: number }[] = [
  { psm: 'word', scale: 1 },
  { psm: 'line', scale: 1.6 },
];

/** Re-reads single cells with other settings; for a step that knows a sum fails by what one cell explains. */
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
