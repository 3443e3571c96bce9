import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool, ocrPageImage } from '../../../src/ingest/ocr/index.js';
import { cropGray } from '../../../src/ingest/ocr/bitmap.js';
import { layoutPdfPage } from '../../../src/layout/pdf/layout-pdf.js';
import { extractClaims } from '../../../src/recognise/narrative/claims.js';
import type { TextLine } from '../../../src/model/index.js';
import { CORPUS, scannedPageImage, TEST_SCAN } from './corpus-scan.js';
import { pageBytes, textLayer } from '../../corpus-pages.js';

/** A Shenzhen budget whose project notes (p. 15) are set in 15 pt with a line pitch of 2.08 em. */
const SHENZHEN_TRANSPORT = join(CORPUS, 'wide', '深圳', '2026年深圳市交通运输局部门预算.pdf');
/** A Shanghai budget whose asset note (p. 21) wraps to a line that opens with '（不含车辆）'. */
const SHANGHAI_TRANSPORT = join(CORPUS, 'wide', '上海', '2026年上海市交通运输局_部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

/** The text layer's paragraphs of one page between two heights (points), and the same band scanned and read. */
async function band(file: string, page: number, y0: number, y1: number): Promise<{ truth: TextLine[]; read: TextLine[] }> {
  const text = await textLayer('cut.pdf', await pageBytes(file, [page]));
  const truth = layoutPdfPage(text.pages[0]).paragraphs.filter((p) => p.place.bbox && p.place.bbox[1] >= y0 && p.place.bbox[3] <= y1);
  // Upright, so the band's edges fall between lines; grain, blur and JPEG as the other scan tests.
  const img = await scannedPageImage(file, page, { ...TEST_SCAN, skew: 0 });
  const s = img.dpi / 72;
  const gray = cropGray(img.gray, 0, Math.round(y0 * s), img.gray.width, Math.round(y1 * s));
  const scanned = await ocrPageImage(pool, { ...img, gray, heightPt: y1 - y0 }, 1);
  return { truth, read: layoutPdfPage(scanned.page).paragraphs };
}

const claimKeys = (lines: TextLine[]) =>
  extractClaims(lines, null).map((c) => `${c.metric}|${c.period ?? ''}=${c.amount?.fen ?? ''}|${c.percent ?? ''}`);

describe('a scanned narrative lays out into the text layer’s paragraphs', () => {
  it('joins wrapped lines at a wide line pitch: OCR runs are em boxes, not ink boxes', async () => {
    const { truth, read } = await band(SHENZHEN_TRANSPORT, 15, 70, 290);
    expect(truth.length).toBe(2);
    expect(read.map((p) => p.text)).toEqual(truth.map((p) => p.text));
    // '…技术咨询支出\n30.00万元' split over two paragraphs loses what the 30.00万元 is.
    expect(claimKeys(read)).toEqual(claimKeys(truth));
  }, 60_000);

  it('joins a wrapped line that opens with a full-width bracket (its ink starts half a character in)', async () => {
    const { truth, read } = await band(SHANGHAI_TRANSPORT, 21, 349.5, 437);
    expect(truth.length).toBe(2);
    expect(read.length).toBe(2);
    expect(read[0].text).toContain('以上设备（不含车辆）');
  }, 60_000);
});
