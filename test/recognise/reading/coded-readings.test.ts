/**
 * Coded tables read by the reading whose arithmetic closes: each case is one code format or layout
 * mechanism, on pages of a real corpus PDF cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../../src/model/index.js';
import { identities, itemOf, recognisePages } from './cut-pages.js';

const tableOf = async (rel: string, pages: number[], title: RegExp): Promise<BudgetTable> => {
  const facts = await recognisePages(rel, pages);
  const t = facts.tables.find((x) => title.test(x.title));
  if (!t) throw new Error(`no table ${title} in ${rel} pp. ${pages.join(',')}: ${facts.tables.map((x) => x.title).join(' | ')}`);
  return t;
};

describe('bracket-code-unknown-header', () => {
  // Guangzhou 信访局 表5 (p. 11): '[2014001]行政运行' under 功能科目名称, a header word the vocabulary does not map.
  it('reads codes and names from [code]name cells and checks every identity', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [11], /一般公共预算支出情况表/);
    expect(itemOf(t, { code: '2014001' })).toMatchObject({ name: '行政运行', amount: { text: '1859.41' } });
    expect(itemOf(t, { code: '2014001' }, 'basic')?.amount.text).toBe('1831.41');
    expect(itemOf(t, { code: '2014001' }, 'project')?.amount.text).toBe('28.00');
    expect(itemOf(t, { code: '20140' })?.name).toBe('信访事务');
    expect(itemOf(t, { name: '合计' })).toMatchObject({ rowKind: 'total', amount: { text: '3944.08' } });
    expect(t.lineItems.filter((li) => li.measure === 'total' && li.code?.length === 7)).toHaveLength(9);
    expect(identities(t)).toEqual({ class_of_kuan: [12, 12], kuan_of_xiang: [12, 12], total_of_classes: [3, 3], total_of_measures: [18, 18] });
    expect(t.parse).toMatchObject({ strategy: 'cell-typed', confidence: 1 });
    expect(t.parse?.columns[0]).toMatchObject({ role: 'name', evidence: expect.arrayContaining(['cells:code_name 17/18']) });
  });

  it('reads the economic table the same way: [30101]基本工资 under 部门预算支出经济科目 (pp. 12-13)', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [12, 13], /基本支出情况表/);
    expect(itemOf(t, { code: '30101' })).toMatchObject({ name: '基本工资', classification: 'economic', amount: { text: '374.86' } });
    expect(itemOf(t, { code: '301' })?.amount.text).toBe('2577.42');
    expect(identities(t)).toMatchObject({ total_of_classes: [1, 1] });
  });
});

describe('names-only-indented', () => {
  // Hangzhou 交通运输局 表5 (p. 30): names only, the level shown by the indentation of the name.
  it('gives rows their level from the indentation, checked by the sums, and 类 codes from their names', async () => {
    const t = await tableOf('wide/杭州/交通运输局_2026年部门预算.pdf', [30], /^表5/);
    const gps = itemOf(t, { name: '一般公共服务支出' });
    expect(gps).toMatchObject({ level: 0, code: '201', codeSource: 'catalogue', rowKind: 'item', amount: { text: '6701.98' } });
    expect(itemOf(t, { name: '社会工作事务' })).toMatchObject({ level: 1 });
    // The same name as 款 and as 项: two rows, two levels.
    expect(t.lineItems.filter((li) => li.name === '其他一般公共服务支出' && li.measure === 'total').map((li) => li.level)).toEqual([1, 2]);
    expect(itemOf(t, { name: '合计' })?.rowKind).toBe('total');
    expect(t.parse?.strategy).toMatch(/names-indented/);
  });
});

describe('split-codes-sparse', () => {
  // Changsha 公安局 收入总体情况表 (p. 14): 类 | 款 | 项 in three cells, the 款 row printing only '11' or '02'.
  it('carries the 类 down to 款 rows that leave it blank, and names rows from the 功能科目 column', async () => {
    const t = await tableOf('wide/长沙/公安局_2026年部门预算.pdf', [14], /收入总体情况表/);
    expect(itemOf(t, { code: '20111' })).toMatchObject({ name: '纪检监察事务', rowKind: 'item', amount: { text: '3.00' } });
    expect(itemOf(t, { code: '20402' })).toMatchObject({ name: '公安', amount: { text: '68629.12' } });
    expect(itemOf(t, { code: '2040201' })).toMatchObject({ name: '行政运行', amount: { text: '28398.17' } });
    expect(identities(t)).toMatchObject({ class_of_kuan: [6, 6], kuan_of_xiang: [6, 6], total_of_classes: [3, 3] });
  });
});
