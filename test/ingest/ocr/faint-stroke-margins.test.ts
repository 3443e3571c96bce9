import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { corpusScan, TEST_SCAN } from './corpus-scan.js';
import { cutPages } from '../../corpus-pages.js';

/** A Guangzhou budget whose 表 on p.18 repeats 工资福利支出 under every unit: 工's bars blur lighter than the ink cut. */
const GUANGZHOU_PUBLICITY = 'wide/广州/2026年广州市宣传部部门预算.pdf';

describe('cell crops keep the faint edges of strokes beside the ink box', () => {
  afterAll(() => closeOcr());
  it('every 工资福利支出 of a scanned page reads whole, none as [资 or 汇资', async () => {
    const cut = await cutPages(GUANGZHOU_PUBLICITY, [18]);
    const { bytes } = await corpusScan(cut, [1], { ...TEST_SCAN, skew: -0.54, noise: 8 }, 5);
    const r = await processDocument('cut.pdf', bytes, defaultSettings({ ocr: 'auto' }));
    const names = [...new Set((r.facts?.tables ?? []).flatMap((t) => t.lineItems.map((li) => li.name)).filter((n) => n.endsWith('资福利支出')))];
    expect(names).toEqual(['工资福利支出']);
  }, 120_000);
});
