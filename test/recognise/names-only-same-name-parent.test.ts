/**
 * Names-only rows read in print order (a 收支总表's expenditure side: 类, its 款, their 项, no code printed):
 * a 款 and its 项 printed with the same name are two levels, each with its own code, on pages of real PDFs
 * of ../shared/corpus/wide cut at test time (no other table of the document is in the cut, so every code
 * comes from the catalogue, looked up under the row above it).
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { identities } from './reading/cut-pages.js';
import { recognisePages } from '../corpus-pages.js';

const summary = async (rel: string, pages: number[]): Promise<BudgetTable> => {
  const facts = await recognisePages(rel, pages);
  const t = facts.tables.find((x) => x.kind === 'income_expenditure_summary');
  if (!t) throw new Error(`no 收支总表 in ${rel} pp. ${pages.join(',')}`);
  return t;
};
const rows = (t: BudgetTable, name: string) => t.lineItems.filter((li) => li.side === 'expenditure' && li.measure === 'total' && li.name === name).map((li) => [li.code, li.amount.text]);

describe('names-only-same-name-parent', () => {
  it('reads 其他X支出 printed as 款 and again as its only 项 as two codes, and 类 = Σ款 closes', async () => {
    // 深圳市交通运输局 收支总表 (pp. 22-25): 交通运输支出 357,233.33 = 公路水路运输 + 民用航空运输 + 民航发展基金支出 + 其他交通运输支出 5,369.16.
    const t = await summary('wide/深圳/2026年深圳市交通运输局部门预算.pdf', [22, 23, 24, 25]);
    expect(rows(t, '其他交通运输支出')).toEqual([['21499', '5369.16'], ['2149999', '5369.16']]);
    expect(t.lineItems.find((li) => li.code === '21499')?.codeSource).toBe('catalogue');
    // Every parent printed with children equals their sum under this reading.
    const ids = identities(t);
    expect(ids.class_of_kuan?.[0]).toBe(ids.class_of_kuan?.[1]);
    expect(ids.kuan_of_xiang?.[0]).toBe(ids.kuan_of_xiang?.[1]);
    expect(ids.class_of_kuan?.[1]).toBeGreaterThanOrEqual(8);
  });

  it('reads a 款 whose 项 carries its very name (城乡社区环境卫生) as 款 then 项', async () => {
    const t = await summary('wide/深圳/2026年深圳市城市管理和综合执法局部门预算.pdf', [17, 18, 19]);
    expect(rows(t, '城乡社区环境卫生')).toEqual([['21205', '5170.30'], ['2120501', '5170.30']]);
    expect(identities(t)).toMatchObject({ class_of_kuan: [5, 5], kuan_of_xiang: [8, 8] });
  });

  it('near miss: a name the classification has under many 款 takes the code of the 款 printed above it', async () => {
    const t = await summary('wide/深圳/2026年深圳市城市管理和综合执法局部门预算.pdf', [17, 18, 19]);
    // 行政运行 is 2010101, 2120101, 2140101 …: under 城乡社区管理事务 (21201) it is 2120101, nothing else.
    expect(rows(t, '行政运行')).toEqual([['2120101', '3111.16']]);
    // Rows that are no classification (结转下年, 支出总计) take no code.
    expect(rows(t, '结转下年')).toEqual([[null, '0.00']]);
    expect(rows(t, '支出总计')).toEqual([[null, '10692.90']]);
  });

  it('near miss: a name with no code (社会工作事务, unknown to the catalogue) stays uncoded; its siblings keep theirs where it is placed by indentation', async () => {
    // 杭州市交通运输局 表1 (pp. 22-23): names only; 一般公共服务支出 holds 社会工作事务 and 其他一般公共服务支出, both
    // printed at the 款 indentation, so the uncoded one is placed and the coded ones stand (the sums take it by its place).
    const t = await summary('wide/杭州/交通运输局_2026年部门预算.pdf', [22, 23]);
    expect(rows(t, '社会工作事务')).toEqual([[null, '1.98']]);
    expect(rows(t, '其他一般公共服务支出')).toEqual([['20199', '6700.00'], ['2019999', '6700.00']]);
    // 教育支出's rows are all known: 其他教育支出 as 款 and as its 项.
    expect(rows(t, '其他教育支出')).toEqual([['20599', '30.00'], ['2059999', '30.00']]);
    // 款 = Σ项 never fails for want of a code.
    const ids = identities(t);
    expect(ids.kuan_of_xiang?.[0]).toBe(ids.kuan_of_xiang?.[1]);
  });

  it('reads a 类 name printed again under its own 类 (其他支出 three times) as the 款 and the 项, not as the 类 again', async () => {
    // 深圳市人民政府口岸办公室 收支总表 (pp. 15-16): 五、其他支出 7,647.43 / 其他支出 / 其他支出, each indented one step more.
    const t = await summary('wide/深圳/2026年深圳市人民政府口岸办公室部门预算.pdf', [15, 16]);
    expect(rows(t, '其他支出')).toEqual([['229', '7647.43'], ['22999', '7647.43'], ['2299999', '7647.43']]);
    expect(identities(t).total_of_classes).toEqual([1, 1]);
  });
});
