import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OcrPool, ocrPages } from '../../../src/ingest/ocr/index.js';
import { corpusPdf } from '../../../scripts/lib/corpus.js';

/** Page 3 of this text PDF is an empty separator page: textLayer 'none', so --ocr auto sends it here. */
const PDF = '上海市普陀区司法局2026年部门预算.pdf';

describe('OCR of a blank page', () => {
  it('reads nothing and starts no recognition worker', async () => {
    const pool = new OcrPool();
    const [page] = await ocrPages(new Uint8Array(readFileSync(await corpusPdf(PDF))), [3], { pool });
    expect(page.textLayer).toBe('ocr');
    expect(page.runs).toEqual([]);
    expect(page.segments).toEqual([]);
    expect(pool.workerCount).toBe(0);
  });
});
