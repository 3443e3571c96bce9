import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { OcrPool, ocrPages, rereadCells } from '../../../src/ingest/ocr/index.js';
import { SourcePage } from '../../../src/model/index.js';
import type { SourcePage as Page } from '../../../src/model/index.js';

import { corpusScan, multisetHits, PUTUO_JUSTICE } from './corpus-scan.js';

/** Real OCR on one real page: a skewed, blurred, noisy scan of a dense budget table, made at test time. */
const pool = new OcrPool();
let bytes: Uint8Array;
let expected: string[];
let read1: Page | undefined;
beforeAll(async () => {
  const scan = await corpusScan(PUTUO_JUSTICE, [11]);
  bytes = scan.bytes;
  expected = scan.amounts[0];
});
afterAll(() => pool.close());

describe('OCR path on a scanned table page', () => {
  it('reads the amounts as the text layer has them, with no rule read as a glyph', async () => {
    const [page] = await ocrPages(bytes, [1], { pool });
    read1 = page;
    SourcePage.parse(page);
    expect(page.textLayer).toBe('ocr');

    // Structure: the ruling lines found in the image give the table through the shared geometry.
    const tables = findTables(page.segments);
    expect(tables).toHaveLength(1);
    expect(tables[0].colCount).toBe(9);

    const read = page.runs.map((r) => r.text.replace(/,/g, ''));
    const hit = multisetHits(expected, read);
    expect(hit / expected.length).toBeGreaterThanOrEqual(0.95);

    // A rule read as a glyph shows as '|' or as an extra '1' at either end of a true amount.
    const truthSet = new Set(expected);
    for (const t of read) {
      expect(t).not.toMatch(/[|]/);
      if (/^\d/.test(t) && !truthSet.has(t)) {
        expect(truthSet.has(t.replace(/^1/, '')) || truthSet.has(t.replace(/1$/, ''))).toBe(false);
      }
    }

    // Every run carries an honest confidence; the title outside the table is read as text.
    for (const r of page.runs) expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(page.runs.map((r) => r.text).join('')).toContain('部门收入预算总表');
  });

  it('re-reads one cell with other settings and says whether the readings agree', async () => {
    const page = read1!;
    const total = page.runs.find((r) => r.text.replace(/,/g, '') === '96282213.44')!;
    const cell = findTables(page.segments)[0].cells.find((c) => c.bbox[0] <= total.x && c.bbox[2] >= total.x + total.width && c.bbox[1] <= total.y && c.bbox[3] >= total.y + total.height)!;
    const [r] = await rereadCells(bytes, [{ page: 1, bbox: cell.bbox, numeric: true }], pool);
    expect(r.readings).toHaveLength(3);
    expect(r.agreed?.replace(/,/g, '')).toBe('96282213.44');
    expect(r.confidence).toBeGreaterThan(0);
  });
});
