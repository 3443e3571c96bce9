/**
 * Names-only rows under a known 款 whose pair no harvested document printed take the classification's
 * standard 项 ending (01 行政运行, 02 一般行政管理事务, 03 机关服务, 50 事业运行, 99 其他…支出) from
 * src/recognise/vocab/standard-item-endings.tsv, on pages of real PDFs of ../shared/corpus/wide cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { shippedCatalogue } from '../../src/recognise/tables/recover-codes.js';
import { identities } from './reading/cut-pages.js';
import { recognisePages } from '../corpus-pages.js';

const tableOf = async (rel: string, pages: number[], kind: BudgetTable['kind']): Promise<BudgetTable> => {
  const t = (await recognisePages(rel, pages)).tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} in ${rel} pp. ${pages.join(',')}`);
  return t;
};
const rows = (t: BudgetTable, name: string) => t.lineItems.filter((li) => li.measure === 'total' && li.name === name).map((li) => [li.code, li.codeSource ?? null, li.amount.text]);

describe('names-only-standard-item-endings', () => {
  it('codes 机关服务 and 事业运行 under 公安 (20402) by their standard endings, so the whole indented table keeps its codes', async () => {
    // 杭州市公安局 表3 (p.23): names only, hierarchy by indentation; the catalogue knows 2040201/02/19/20/99 but not 03 or 50.
    const t = await tableOf('wide/杭州/公安局_2026年部门预算.pdf', [23, 24], 'expenditure_summary');
    expect(rows(t, '机关服务')).toEqual([['2040203', 'catalogue', '1482.24']]);
    expect(rows(t, '事业运行')).toEqual([['2040250', 'catalogue', '6179.94']]);
    expect(rows(t, '行政运行')).toEqual([['2040201', 'catalogue', '260448.73']]);
    // Every other 类 of the table is coded too, and its sums close under this reading.
    expect(rows(t, '科技成果转化与扩散')).toEqual([['2060404', 'catalogue', '32240.98']]);
    expect(identities(t)).toMatchObject({ class_of_kuan: [17, 17], kuan_of_xiang: [17, 17], total_of_classes: [4, 4] });
  });

  it('near miss: a standard ending names no code without its exact name, and the catalogue entry wins over the ending', () => {
    const lookup = shippedCatalogue(2026);
    // 01 under 学前教育's 款 is 学前教育, not 行政运行: a name that is not standard gets nothing from the endings.
    expect(lookup.codesNamed('幼儿园运行', '20502')).toEqual([]);
    // 农业农村 (21301) prints 事业运行 as 04: the catalogue's own pair, not ..50.
    expect(lookup.codesNamed('事业运行', '21301')).toEqual(['2130104']);
    // Without a parent 款 an ending says nothing (机关服务 sits under many 款): only codes documents print.
    expect(lookup.codesNamed('机关服务')).not.toContain('2040203');
    expect(lookup.codesNamed('机关服务', '20402')).toEqual(['2040203']);
  });

  it('near miss: under a 款 the catalogue does not know (社会工作事务), 其他社会工作事务支出 stays uncoded (no ending without the 款\'s code)', async () => {
    // 杭州市交通运输局 表1 (pp. 22-23): 一般公共服务支出 6,651.38 holds 社会工作事务 1.98 and 其他一般公共服务支出 6,700.00.
    const t = await tableOf('wide/杭州/交通运输局_2026年部门预算.pdf', [22, 23], 'income_expenditure_summary');
    expect(rows(t, '社会工作事务')).toEqual([[null, null, '1.98']]);
    expect(rows(t, '其他社会工作事务支出')).toEqual([[null, null, '1.98']]);
    // Its coded sibling keeps its codes: the uncoded 款 is placed by its indentation (see names-only-uncoded-sibling).
    expect(rows(t, '其他一般公共服务支出').map((r) => r[0])).toEqual(['20199', '2019999']);
  });
});
