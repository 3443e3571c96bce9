import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS, corpusScan } from './corpus-scan.js';

/** Beijing's tables-only download (附件2 报表): no narrative, no cover; its first page is 预算01表 收支总表. */
const BEIJING_POLICE_TABLES = join(CORPUS, 'wide', '北京', '公安局_附件2：北京市公安局2026年度部门预算报表.pdf');
/** A Fuzhou price list filed under 医疗保障局: a ruled table of figures that is no budget. */
const FUZHOU_PRICE_LIST = join(CORPUS, 'wide', '福州', '医疗保障局_福州市2026年执行最高付费标准中药饮片目录.pdf');

const readScan = async (file: string, skew: number) => {
  const { bytes } = await corpusScan(file, [1], { dpi: 200, skew, rotate: 0, noise: 8, blur: 0.7, faintRules: false, jpegQuality: 70 });
  return processDocument('scan.pdf', bytes, defaultSettings({ ocr: 'auto' }));
};

describe('a standard budget table of figures is evidence of a disclosure by itself', () => {
  afterAll(() => closeOcr());

  it('reads a scanned tables-only page (预算01表 收支总表, no narrative, no cover title) as a budget with its rows', async () => {
    const r = await readScan(BEIJING_POLICE_TABLES, -1);
    expect(r.sourceKind).toBe('pdf_scan');
    expect(r.status).toBe('ok');
    expect(r.facts?.meta).toMatchObject({ isDisclosure: true, docType: 'budget' });
    const summary = r.facts?.tables.find((t) => t.kind === 'income_expenditure_summary');
    // Its rows are read (the page prints about a dozen amounts, 收入总计 among them).
    expect(summary?.lineItems.filter((li) => li.amount.text !== null).length).toBeGreaterThanOrEqual(8);
    expect(summary?.lineItems.find((li) => li.name === '收入总计')?.amount.text).toBe('866561.920395');
  });

  it('leaves a scanned price list, a table of figures without a budget title or header, not a budget', async () => {
    const r = await readScan(FUZHOU_PRICE_LIST, 0.7);
    expect(r.status).toBe('not_budget');
    expect(r.facts?.meta.isDisclosure).toBe(false);
  });
});
