/**
 * Ruling lines drawn as filled quadrilaterals with mitred ends (Excel printed to PDF, Guangzhou's and Zhuhai's
 * template): without them the page has no grid, and a table whose cells overflow (绩效目标 text running into the
 * figures) reads as lines of text with no row. Pages of real corpus PDFs cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../../src/model/index.js';
import { itemOf } from './cut-pages.js';
import { laidOutPages, recognisePages } from '../../corpus-pages.js';

const tableOf = async (rel: string, pages: number[], title: RegExp): Promise<BudgetTable> => {
  const t = (await recognisePages(rel, pages)).tables.find((x) => title.test(x.title));
  if (!t) throw new Error(`no table ${title} in ${rel} pp. ${pages.join(',')}`);
  return t;
};

describe('filled-quad-borders', () => {
  it('lays out a page whose borders are thin filled quadrilaterals as a ruled grid', async () => {
    // 广州市委宣传部 表12 (p. 19): 10 rows of the frame, 9 columns (名称, 总计, 财政拨款 ×4, 财政专户, 其他资金, 绩效目标).
    const doc = await laidOutPages('wide/广州/2026年广州市宣传部部门预算.pdf', [19]);
    const grids = doc.blocks.filter((b) => b.kind === 'grid');
    expect(grids.map((g) => [g.strategy, g.columnCount])).toEqual([['ruled', 9]]);
  });

  it('reads a project list (部门预算项目支出及其他支出预算表) with a row per project, its 绩效目标 as words', async () => {
    const t = await tableOf('wide/广州/2026年广州市宣传部部门预算.pdf', [19], /项目支出及其他支出/);
    expect(t).toMatchObject({ kind: 'other', readStatus: 'read' });
    expect(itemOf(t, { name: '合计' })).toMatchObject({ rowKind: 'total', amount: { text: '16777.55' } });
    expect(itemOf(t, { name: '合计' }, 'soe')?.amount.text).toBe('325.60');
    expect(itemOf(t, { name: '2026年政策研究经费' })?.amount.text).toBe('20.00');
    expect(itemOf(t, { name: '2026年理论学习、理论宣传、理论研究阐释及理论平台建设经费' }, 'gpb')?.amount.text).toBe('640.00');
    expect(itemOf(t, { name: '2026年政策研究经费' }, 'other_funds')?.amount.text).toBe('0.00');
    // The 绩效目标 column is text: no line item, not an amount column.
    expect(t.lineItems.some((li) => li.column === '绩效目标')).toBe(false);
    expect(t.parse?.columns.find((c) => c.header === '绩效目标')?.role).toBe('text');
  });

  it('reads a 收入总体情况表 printed in the same template (Guangzhou 信访局 表2, p. 7)', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [7], /^收入总体情况表/);
    expect(t).toMatchObject({ kind: 'income_summary', readStatus: 'read' });
    expect(itemOf(t, { name: '合计' })).toMatchObject({ rowKind: 'total', amount: { text: '3944.08' } });
    expect(itemOf(t, { name: '合计' }, 'gpb')?.amount.text).toBe('3944.08');
  });
});
