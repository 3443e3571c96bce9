/**
 * Coded tables read by the reading whose arithmetic closes: each case is one code format or layout
 * mechanism, on pages of a real corpus PDF cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../../src/model/index.js';
import { identities, itemOf } from './cut-pages.js';
import { recognisePages } from '../../corpus-pages.js';

const tableOf = async (rel: string, pages: number[], title: RegExp): Promise<BudgetTable> => {
  const facts = await recognisePages(rel, pages);
  const t = facts.tables.find((x) => title.test(x.title));
  if (!t) throw new Error(`no table ${title} in ${rel} pp. ${pages.join(',')}: ${facts.tables.map((x) => x.title).join(' | ')}`);
  return t;
};

describe('bracket-code-unknown-header', () => {
  // Guangzhou 信访局 表5 (p. 11): '[2014001]行政运行' in the name column under 功能科目名称.
  it('reads codes and names from [code]name cells and checks every identity', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [11], /一般公共预算支出情况表/);
    expect(itemOf(t, { code: '2014001' })).toMatchObject({ name: '行政运行', amount: { text: '1859.41' } });
    expect(itemOf(t, { code: '2014001' }, 'basic')?.amount.text).toBe('1831.41');
    expect(itemOf(t, { code: '2014001' }, 'project')?.amount.text).toBe('28.00');
    expect(itemOf(t, { code: '20140' })?.name).toBe('信访事务');
    expect(itemOf(t, { name: '合计' })).toMatchObject({ rowKind: 'total', amount: { text: '3944.08' } });
    expect(t.lineItems.filter((li) => li.measure === 'total' && li.code?.length === 7)).toHaveLength(9);
    expect(identities(t)).toEqual({ class_of_kuan: [12, 12], kuan_of_xiang: [12, 12], total_of_classes: [3, 3], total_of_measures: [18, 18] });
    expect(t.parse).toMatchObject({ confidence: 1 });
    expect(t.parse?.columns[0]).toMatchObject({ role: 'name', evidence: expect.arrayContaining(['cells:code_name 17/18']) });
  });

  // 部门预算支出经济科目 is a header word the vocabulary does not map: read by the header alone the table has no rows.
  it('reads the economic table by its cells: [30101]基本工资 under 部门预算支出经济科目 (pp. 12-13)', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [12, 13], /基本支出情况表/);
    expect(t.parse).toMatchObject({ strategy: 'cell-typed', confidence: 1 });
    expect(t.parse?.hypotheses.find((h) => h.name === 'header-roles')?.rows).toBe(0);
    expect(itemOf(t, { code: '30101' })).toMatchObject({ name: '基本工资', classification: 'economic', amount: { text: '374.86' } });
    expect(itemOf(t, { code: '301' })?.amount.text).toBe('2577.42');
    expect(identities(t)).toMatchObject({ total_of_classes: [1, 1] });
  });
});

describe('names-only-indented', () => {
  // Hangzhou 交通运输局 表5 (p. 30): names only, the level shown by the indentation of the name.
  it('gives rows their level from the indentation, checked by the sums', async () => {
    const t = await tableOf('wide/杭州/交通运输局_2026年部门预算.pdf', [30], /^表5/);
    expect(itemOf(t, { name: '一般公共服务支出' })).toMatchObject({ level: 0, amount: { text: '6701.98' } });
    expect(itemOf(t, { name: '社会工作事务' })).toMatchObject({ level: 1 });
    // The same name as 款 and as 项: two rows, two levels.
    expect(t.lineItems.filter((li) => li.name === '其他一般公共服务支出' && li.measure === 'total').map((li) => li.level)).toEqual([1, 2]);
    expect(itemOf(t, { name: '合计' })?.rowKind).toBe('total');
    expect(t.parse?.strategy).toMatch(/names-indented/);
    // 社会工作事务 and 交通战备 are not in the catalogue: no code at all rather than sums that fail for want of one.
    expect(t.lineItems.filter((li) => li.code)).toEqual([]);
    expect(t.parse?.notes.join()).toMatch(/left uncoded/);
  });

  // Hangzhou 气象局 表5 (p. 19): every name found in the catalogue under its parent's code.
  it('looks codes up by (name, parent) in the catalogue, and the hierarchy then closes', async () => {
    const t = await tableOf('wide/杭州/气象局_2026年部门预算.pdf', [19], /^表5/);
    expect(itemOf(t, { name: '行政运行' })).toMatchObject({ code: '2200501', codeSource: 'catalogue', rowKind: 'item', amount: { text: '2617.19' } });
    expect(itemOf(t, { name: '气象事务' })).toMatchObject({ code: '22005', level: 1 });
    expect(itemOf(t, { name: '自然资源海洋气象等支出' })).toMatchObject({ code: '220', level: 0 });
    expect(identities(t)).toMatchObject({ class_of_kuan: [14, 14], kuan_of_xiang: [14, 14], total_of_classes: [5, 5] });
    expect(t.parse?.codeSources).toMatchObject({ catalogue: 17, none: 0 });
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

describe('total-row-by-arithmetic', () => {
  // Shenzhen 信访局 支出总表 (pp. 18-20): the first row names the unit (深圳市信访局), no 合计 anywhere.
  it('takes an uncoded row equal to the sum of the 类 rows for the table total', async () => {
    const t = await tableOf('wide/深圳/2026年深圳市信访局部门预算.pdf', [18, 19, 20], /^支出总表/);
    expect(itemOf(t, { name: '深圳市信访局' })).toMatchObject({ rowKind: 'total', amount: { text: '4684.30' } });
    expect(itemOf(t, { name: '深圳市信访局' }, 'project')?.amount.text).toBe('1612.29');
    expect(identities(t).total_of_classes?.[0]).toBeGreaterThan(0);
    expect(identities(t).total_of_classes?.[0]).toBe(identities(t).total_of_classes?.[1]);
  });

});

describe('measure-words-by-scope', () => {
  // Guangzhou 信访局 表5 (p. 11): 一般公共预算支出 over 小计 | 其中：基本支出 | 项目支出; 其中 marks a split of the row, as 基本 always is.
  it('reads 其中：基本支出 under the table’s scope as the basic split, so 合计 = 基本 + 项目 is checked', async () => {
    const t = await tableOf('wide/广州/信访局_2026年部门预算.pdf', [11], /一般公共预算支出情况表/);
    expect(itemOf(t, { name: '合计' }, 'basic')?.amount.text).toBe('3204.78');
    expect(itemOf(t, { name: '合计' }, 'project')?.amount.text).toBe('739.30');
    expect(t.lineItems.some((li) => li.measure === 'of_which')).toBe(false);
  });

  // Hangzhou 气象局 表6 (p. 20): 本年一般公共预算基本支出 over 合计 | 人员经费 | 日常公用支出.
  it('reads 合计 under 本年…基本支出 as the row total, not a general-budget column', async () => {
    const t = await tableOf('wide/杭州/气象局_2026年部门预算.pdf', [20], /基本支出预算表/);
    expect(itemOf(t, { name: '合计' })?.amount.text).toBe('3745.07');
    expect(itemOf(t, { name: '合计' }, 'personnel')?.amount.text).toBe('2906.80');
    expect(itemOf(t, { name: '合计' }, 'public_funds')?.amount.text).toBe('838.27');
  });

  // Changsha 教育局 (p. 18): 总计 | 人员类 | 公用经费.
  it('reads 人员类 as the personnel column of the basic-expenditure table', async () => {
    const t = await tableOf('wide/长沙/教育局_2026年部门预算.pdf', [18], /基本支出情况表/);
    expect(itemOf(t, { name: '合计' }, 'personnel')?.amount.text).toBe('356.76');
    expect(itemOf(t, { code: '30101' }, 'personnel')?.amount.text).toBe('80.51');
  });

  // Zhuhai 财政局 收入总体情况表 (p. 6): 合计 7,552.92 = 一般公共预算 736.81 + 政府性基金 6,816.00 + 上年结转结余 0.11.
  it('reads 上年结转结余 as a source of this year’s income, not a prior-year column', async () => {
    const t = await tableOf('wide/珠海/财政局_2026年部门预算.pdf', [6], /^收入总体情况表/);
    expect(itemOf(t, { name: '合计' }, 'carryover')).toMatchObject({ amount: { text: '0.11' } });
    expect(itemOf(t, { name: '合计' }, 'carryover')?.period).toBeUndefined();
    expect(itemOf(t, { name: '合计' })?.amount.text).toBe('7552.92');
  });
});
