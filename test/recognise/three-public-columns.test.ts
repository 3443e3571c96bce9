/**
 * What the columns of a 三公 table mean, on pages of real corpus PDFs cut at test time: a fund's name is no
 * period, and a year before the document's own is the prior year. Every expected figure was read off the page.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import { processPages } from '../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};
const figures = (r: DocumentResult) => r.facts!.threePublic.filter((f) => f.source === 'table').map((f) => [f.period, f.item, f.amount.text]);

describe('three-public-fund-columns', () => {
  it('items as rows under 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算: the other funds give no 三公 figure', async () => {
    // 广州市信访局 表8 (p. 15, cover p. 1): “三公”经费 4.80 4.80 0.00 0.00; 公务接待费 2.30 2.30 0.00 0.00.
    const r = await run('wide/广州/信访局_2026年部门预算.pdf', [1, 15]);
    const byItem = new Map<string, Set<string>>();
    for (const [period, item, text] of figures(r)) byItem.set(`${period} ${item}`, (byItem.get(`${period} ${item}`) ?? new Set()).add(String(text)));
    expect(Object.fromEntries([...byItem].map(([k, v]) => [k, [...v]]))).toEqual({
      'budget total': ['4.80'], 'budget outbound': ['0.00'], 'budget vehicle_total': ['2.50'],
      'budget vehicle_purchase': ['0.00'], 'budget vehicle_operation': ['2.50'], 'budget reception': ['2.30'],
    });
  });
});

describe('three-public-two-years-by-year', () => {
  it('2025年预算数 | 2026年预算数 side by side in a 2026 budget: the 2025 block is the prior year', async () => {
    // 重庆市人民政府办公厅 表八 (p. 20, cover p. 1): 396.97 184.49 202.48 – 202.48 10.00 | 394.49 184.49 200.00 – 200.00 10.00.
    const r = await run('wide/重庆/2026年重庆市人民政府办公厅部门预算.pdf', [1, 20]);
    expect(r.facts!.meta.fiscalYear).toBe(2026);
    const totals = figures(r).filter(([, item]) => item === 'total' || item === 'vehicle_operation');
    expect(totals).toEqual([
      ['prior_budget', 'total', '396.97'], ['prior_budget', 'vehicle_operation', '202.48'],
      ['budget', 'total', '394.49'], ['budget', 'vehicle_operation', '200.00'],
    ]);
  });
});
