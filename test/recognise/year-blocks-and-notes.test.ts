/**
 * Two-year tables read from the right block, and notes tied to their tables, on pages of real PDFs of
 * ../shared/corpus cut at test time. Every expected figure was read off the page named.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import { processPages } from '../corpus-pages.js';

const figures = (r: DocumentResult) =>
  r.facts!.threePublic.filter((f) => f.source === 'table').map((f) => [f.period, f.item, f.amount.text]);

describe('three-public-year-blocks', () => {
  it('2025 and 2026 one above the other, each item split by fund: the document’s year is current, general budget only', async () => {
    // 深圳市水务局 p. 180 (with the cover, p. 1, for the year): rows 2025年 / 2026年 under the department.
    const r = await processPages('wide/深圳/2026年深圳市水务局部门预算.pdf', [1, 180]);
    expect(r.facts!.meta.fiscalYear).toBe(2026);
    expect(figures(r)).toEqual([
      ['prior_budget', 'total', '382.64'], ['prior_budget', 'outbound', '5.20'], ['prior_budget', 'reception', '14.07'],
      ['prior_budget', 'vehicle_total', '363.37'], ['prior_budget', 'vehicle_purchase', '65.97'], ['prior_budget', 'vehicle_operation', '297.40'],
      ['budget', 'total', '469.17'], ['budget', 'outbound', '71.20'], ['budget', 'reception', '14.07'],
      ['budget', 'vehicle_total', '383.90'], ['budget', 'vehicle_purchase', '126.00'], ['budget', 'vehicle_operation', '257.90'],
    ]);
  });

  it('2025年预算数 and 2026年预算数 side by side in a 2026 budget: the left block is last year’s', async () => {
    // 重庆市人民政府办公厅 p. 20 (cover p. 1): 2025年预算数 396.97 184.49 202.48 – 202.48 10.00 | 2026年预算数 394.49 … 200.00 10.00.
    const r = await processPages('wide/重庆/2026年重庆市人民政府办公厅部门预算.pdf', [1, 20]);
    const totals = figures(r).filter(([, item]) => item === 'total' || item === 'vehicle_operation');
    expect(totals).toEqual([['prior_budget', 'total', '396.97'], ['prior_budget', 'vehicle_operation', '202.48'], ['budget', 'total', '394.49'], ['budget', 'vehicle_operation', '200.00']]);
  });

  it('预算数 and 决算数 side by side in a final account: two blocks, two periods', async () => {
    // 国家信访局 2024 决算 p. 15 (cover p. 1): 预算数 76.43 30.00 40.63 – 40.63 5.80 | 决算数 46.21 4.69 40.61 – 40.61 0.90.
    const r = await processPages('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 15]);
    const totals = figures(r).filter(([, item]) => item === 'total' || item === 'reception');
    expect(totals).toEqual([['budget', 'total', '76.43'], ['budget', 'reception', '5.80'], ['final', 'total', '46.21'], ['final', 'reception', '0.90']]);
  });
});

describe('note-tied-to-table', () => {
  it('a note in brackets under an empty 政府性基金 table explains it (…没有使用政府性基金预算拨款安排的支出)', async () => {
    // 国家信访局 2026 p. 14-15: both tables print only 合计, no figure, and a bracketed 注.
    const r = await processPages('pdf/renwu/2026年武汉市信访局部门预算.pdf', [1, 14, 15]);
    const t = r.facts!.tables.map((x) => [x.kind, x.readStatus, x.explainedEmpty, x.note]);
    expect(t).toEqual([
      ['gov_fund', 'empty', true, '（注：2026年国家信访局部门预算中没有使用政府性基金预算拨款安排的支出。）'],
      ['soe_capital', 'empty', true, '（注：2026年国家信访局部门预算中没有使用国有资本经营预算拨款安排的支出。）'],
    ]);
  });

  it('a 备注 wrapped over two lines is one note; a note that explains nothing does not count as a zero statement', async () => {
    // 福州市公安局 p. 16: '备注：本单位 2026 年没有使用国有资本经营预算拨款安排的支' / '出。'
    const r = await processPages('wide/福州/2026年福州市公安局部门预算.pdf', [1, 16]);
    expect(r.facts!.tables.find((x) => x.kind === 'soe_capital')).toMatchObject({ note: '备注：本单位2026年没有使用国有资本经营预算拨款安排的支出。', explainedEmpty: true });
    // 国家信访局 2024 决算 p. 7: '注：本表反映部门本年度的总收支和年末结转结余情况。…' says what the table is, not that it is empty.
    const d = await processPages('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 7]);
    const summary = d.facts!.tables.find((x) => x.kind === 'income_expenditure_summary');
    expect(summary?.note).toMatch(/^注：本表反映部门本年度的总收支/);
    expect(summary?.explainedEmpty).toBe(false);
  });
});
