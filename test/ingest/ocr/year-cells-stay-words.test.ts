import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool, ocrPageImage } from '../../../src/ingest/ocr/index.js';
import { cropGray } from '../../../src/ingest/ocr/bitmap.js';
import { CORPUS, scannedPageImage } from './corpus-scan.js';

/** A Shenzhen budget whose 三公 table (p. 46) gives one row per year ('2025 年', '2026 年') beside 18 amount columns. */
const SHENZHEN_TRANSPORT = join(CORPUS, 'wide', '深圳', '2026年深圳市交通运输局部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('a year cell in a column of figures is read as words, not re-read as digits', () => {
  it('keeps the 年 of the 年度 column of a scanned 三公 table (the rows’ periods come from it)', async () => {
    const img = await scannedPageImage(SHENZHEN_TRANSPORT, 46);
    // The table's left part: 预算单位, 年度 and the three 总计 columns (x up to 505 pt, y 135-330 pt).
    const s = img.dpi / 72;
    const gray = cropGray(img.gray, 0, Math.round(135 * s), Math.round(505 * s), Math.round(330 * s));
    const read = await ocrPageImage(pool, { ...img, gray, widthPt: 505, heightPt: 195 }, 1);
    const years = read.cells.filter((c) => /^20\d\d/.test(c.text)).map((c) => c.text);
    expect(years).toEqual(['2025年', '2026年']);
    // The amounts beside them are still figures.
    expect(read.cells.filter((c) => c.numeric).map((c) => c.text)).toEqual(expect.arrayContaining(['176.01', '147.90', '-28.11']));
  }, 60_000);
});
