import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool, ocrPages } from '../../../src/ingest/ocr/index.js';
import { CORPUS, corpusScan, multisetHits, TEST_SCAN } from './corpus-scan.js';

/**
 * Beijing's 支出总表 (p. 3, 万元 to six decimals): right-aligned figures printed against their column rule, the
 * last 0 a pixel or two from it at 200 dpi. Erasing the rule (or insetting the cell past its half-width) took the
 * 0's right side, PP-OCRv4 read '(' and the digits-only reread dropped the digit: 101.812380 came out 101.81238.
 */
const BEIJING_HEALTHCARE = join(CORPUS, 'wide', '北京', '医疗保障局_2026年部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('glyphs touching rules: a figure printed against its column rule keeps its last digit', () => {
  it('reads the six-decimal amounts of a scanned table whole, trailing zeros and all', async () => {
    const { bytes, amounts } = await corpusScan(BEIJING_HEALTHCARE, [3], { ...TEST_SCAN, skew: -1.25, noise: 8 }, 7940);
    const [page] = await ocrPages(bytes, [1], { pool });
    const read = page.runs.map((r) => r.text.replace(/,/g, ''));
    const truth = amounts[0];
    const endingInZero = truth.filter((t) => t.endsWith('0'));
    expect(endingInZero.length).toBeGreaterThanOrEqual(30);
    expect(multisetHits(endingInZero, read) / endingInZero.length).toBeGreaterThanOrEqual(0.95);
    expect(multisetHits(truth, read) / truth.length).toBeGreaterThanOrEqual(0.95);
    // No amount read a digit short (the 0 against the rule dropped).
    const short = new Set(truth.filter((t) => t.endsWith('0')).map((t) => t.slice(0, -1)));
    expect(read.filter((t) => short.has(t))).toEqual([]);
  }, 120_000);
});
