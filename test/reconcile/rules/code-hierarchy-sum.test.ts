import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';
import { codeHierarchySum as rule } from '../../../src/reconcile/rules/code-hierarchy-sum.js';
import { facts, runRule, table } from '../builders.js';

const t = (kuan: string) =>
  table('gpb_expenditure', '一般公共预算支出表', [
    { code: '208', name: '社会保障和就业支出', cells: { total: '305.44' } },
    { code: '20801', name: '人力资源和社会保障管理事务', cells: { total: kuan } },
    { code: '2080101', name: '行政运行', cells: { total: '278.27' } },
    { code: '2080102', name: '一般行政管理事务', cells: { total: '3.43' } },
    { code: '20805', name: '行政事业单位养老支出', cells: { total: '23.74' } },
  ]);

describe('code-hierarchy-sum', () => {
  it('fires when a 类 is not the sum of its 款 and a 款 not the sum of its 项', () => {
    const flags = runRule(rule, facts({ tables: [t('290.00')] }));
    expect(flags.map((f) => [f.rule, f.severity, f.subject])).toEqual([
      ['code-hierarchy-sum', 'error', '一般公共预算支出表：208 社会保障和就业支出'],
      ['code-hierarchy-sum', 'error', '一般公共预算支出表：20801 人力资源和社会保障管理事务'],
    ]);
  });
  it('does not fire when every level adds up', () => {
    expect(runRule(rule, facts({ tables: [t('281.70')] }))).toEqual([]);
  });
  it('checks each unit of a table that lists several units apart (codes printed again per unit)', () => {
    const units = (second: string) =>
      table('expenditure_summary', '支出总表', [
        { code: '208', name: '社会保障和就业支出', cells: { total: '10.00' } },
        { code: '20805', name: '行政事业单位养老支出', cells: { total: '10.00' } },
        { code: '208', name: '社会保障和就业支出', cells: { total: '4.00' } },
        { code: '20805', name: '行政事业单位养老支出', cells: { total: second } },
      ]);
    expect(runRule(rule, facts({ tables: [units('4.00')] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [units('5.00')] })).map((f) => [f.rule, f.actual])).toEqual([['code-hierarchy-sum', '4.00万元']]);
  });
  it('counts a 7-digit code whose 5-digit parent is not printed as a child of the 类 (3010201 under 301)', () => {
    const econ = (total: string) =>
      table('gpb_basic_by_economic', '基本支出明细表', [
        { code: '301', name: '工资福利支出', cells: { total } },
        { code: '30101', name: '基本工资', cells: { total: '237.03' } },
        { code: '3010201', name: '津贴补贴', cells: { total: '317.69' } },
      ]);
    expect(runRule(rule, facts({ tables: [econ('554.72')] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [econ('554.82')] })).map((f) => f.rule)).toEqual(['code-hierarchy-sum']);
  });

  // On real pages: the reader's rows, then the rule.
  const run = async (rel: string, pages: number[]) => {
    return (await processPages(rel, pages)).flags.filter((f) => f.rule.startsWith('code-hierarchy-sum'));
  };
  it('fires on a 款 whose printed 项 fall short of it (福州市公安局交通警察局 p. 9: 20402 48,200.88 vs 38,820.86)', async () => {
    const flags = await run('wide/福州/公安局交通警察局_2026年部门预算.pdf', [1, 9]);
    expect(flags.filter((f) => f.severity === 'error').map((f) => f.subject)).toContain('2026年度支出预算总表：20402 公安');
  });
  it('near miss: a row under the 类 whose code was not read makes the sum unresolved, not an error', () => {
    // 其他交通运输支出 printed as a 款 and again as its only 项, the 款 left without a code: 214 = Σ款 only with it.
    const names = table('expenditure_summary', '收支总表', [
      { code: '214', name: '交通运输支出', cells: { total: '357233.33' } },
      { code: '21401', name: '公路水路运输', cells: { total: '245279.17' } },
      { code: '21402', name: '民用航空运输', cells: { total: '102420.00' } },
      { code: '21406', name: '民航发展基金支出', cells: { total: '4165.00' } },
      { name: '其他交通运输支出', rowKind: 'item', cells: { total: '5369.16' } },
    ]);
    const flags = runRule(rule, facts({ tables: [names] }));
    expect(flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(flags.map((f) => f.rule)).toContain('code-hierarchy-sum-unresolved');
  });
  it('near miss on a real names-only 收支总表 (深圳 p. 23): a 款 named like its only 项 gets its code, the figures close, nothing fires', async () => {
    const flags = await run('wide/深圳/2026年深圳市交通运输局部门预算.pdf', [1, 23, 24, 29, 30]);
    expect(flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(flags.map((f) => f.rule)).not.toContain('code-hierarchy-sum-unresolved');
  });
  it('near miss: a 类 whose only child as read is 0.00 is not contradicted by it (a table of 类 only with a stray row)', () => {
    // 广州市民政局 p. 12 listed 其他支出 23,534.06 with no 款; a stray 22908 read as 0.00 was taken for its part (the
    // reader no longer makes that row; the rule holds the case on a built table).
    const t = table('fiscal_appropriation_summary', '财政拨款收支总体情况表', [
      { code: '229', name: '其他支出', side: 'expenditure', cells: { total: '23534.06' } },
      { code: '22908', name: '支出', side: 'expenditure', cells: { total: '0.00' } },
    ]);
    const flags = runRule(rule, facts({ tables: [t] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['code-hierarchy-sum-unresolved', 'info']]);
  });
});
