import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS, corpusScan, TEST_SCAN } from './corpus-scan.js';
import { pageBytes, processFile } from '../../corpus-pages.js';

/** A Shanghai 基本支出 table by economic code (p. 17, 元): whole amounts with thousands commas ('92,592'). */
const SHANGHAI_HRSS = join(CORPUS, 'wide', '上海', '2026年上海市人力资源和社会保障局_部门预算.pdf');
/** The scan-accuracy scan of the cover and that page (1.33° of skew; the grain drawn page after page) on which PP-OCRv4 reads one figure's comma as a point. */
const SCAN = { ...TEST_SCAN, skew: 1.33, noise: 8 };

afterAll(() => closeOcr());

const items = (r: Awaited<ReturnType<typeof processDocument>>) =>
  (r.facts?.tables ?? []).flatMap((t) => t.lineItems.map((li) => `${li.code ?? li.name}|${li.measure}=${li.amount.text}`)).sort();

describe('a comma read as a point in a column of whole amounts is a comma', () => {
  it('reads 92,592 where the column holds only whole amounts with commas, as the text layer does', async () => {
    const truth = await processFile(SHANGHAI_HRSS, await pageBytes(SHANGHAI_HRSS, [1, 17]));
    const { bytes } = await corpusScan(SHANGHAI_HRSS, [1, 17], SCAN, 7930);
    const scanned = await processDocument(SHANGHAI_HRSS, bytes, defaultSettings({ ocr: 'auto' }));
    expect(items(truth)).toEqual(expect.arrayContaining(['30112|total=92592', '30112|personnel=92592']));
    // Read as 92.592, the 合计 was a 1000th of its 人员经费 beside it.
    expect(items(scanned)).toEqual(items(truth));
  }, 60_000);
});
