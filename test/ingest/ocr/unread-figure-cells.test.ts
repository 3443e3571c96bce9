import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS, corpusScan, TEST_SCAN } from './corpus-scan.js';
import { pageBytes, processFile } from '../../corpus-pages.js';

/** A Shanghai 收入预算总表 (p. 8, 元): codes split 类 | 款 | 项, the 款 of 210 11 行政事业单位医疗 a lone '11'. */
const SHANGHAI_HOUSING = join(CORPUS, 'wide', '上海', '2026年上海市住房和建设局_部门预算.pdf');
/** The scan-accuracy scan of that page on which PP-OCRv4 reads both '11' cells as nothing. */
const SCAN = { ...TEST_SCAN, skew: 0.21, noise: 8 };

afterAll(() => closeOcr());

const codes = (r: Awaited<ReturnType<typeof processDocument>>) =>
  (r.facts?.tables ?? []).flatMap((t) => t.lineItems.filter((li) => li.measure === 'total').map((li) => `${li.code ?? li.name}=${li.amount.text}`)).sort();

describe('an unread cell in a column of figures is read again as a figure', () => {
  it('keeps the 款 of a code whose part the line recogniser read as nothing, so the rows keep their own codes', async () => {
    const truth = await processFile(SHANGHAI_HOUSING, await pageBytes(SHANGHAI_HOUSING, [8]));
    const { bytes } = await corpusScan(SHANGHAI_HOUSING, [8], SCAN, 7939);
    const scanned = await processDocument(SHANGHAI_HOUSING, bytes, defaultSettings({ ocr: 'auto' }));
    expect(codes(truth)).toEqual(expect.arrayContaining(['21011=738938', '2101102=738938']));
    // Without the second reading, 210 | (nothing) | 02 made the code 21002 and 210 | (nothing) a second 210.
    expect(codes(scanned)).toEqual(codes(truth));
  }, 60_000);
});
