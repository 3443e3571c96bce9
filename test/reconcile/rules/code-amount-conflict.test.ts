import { describe, expect, it } from 'vitest';
import { codeAmountConflict as rule } from '../../../src/reconcile/rules/code-amount-conflict.js';
import { facts, runRule, table } from '../builders.js';

const tables = (gpbRow: string, gpbTotal = '300.00') => [
  table('expenditure_summary', '部门支出总体情况表', [
    { name: '合计', cells: { total: '300.00' } },
    { code: '2080101', name: '行政运行', cells: { total: '278.27' } },
    { code: '2101101', name: '行政单位医疗', cells: { total: '21.73' } },
  ]),
  table('gpb_expenditure', '一般公共预算支出情况表', [
    { name: '合计', cells: { total: gpbTotal } },
    { code: '2080101', name: '行政运行', cells: { total: gpbRow } },
    { code: '2101101', name: '行政单位医疗', cells: { total: '21.73' } },
  ]),
];

describe('code-amount-conflict', () => {
  it('fires when a code has different amounts in the summary and the general-budget table (all money general-budget)', () => {
    const flags = runRule(rule, facts({ tables: tables('268.27') }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'code-amount-conflict', severity: 'error', subject: '2080101 行政运行', expected: '278.27万元', actual: '268.27万元' });
  });
  it('does not fire when the department also has other money and the general-budget figure is lower', () => {
    expect(runRule(rule, facts({ tables: tables('268.27', '290.00') }))).toEqual([]);
  });
  it('does not fire when the amounts agree', () => {
    expect(runRule(rule, facts({ tables: tables('278.27') }))).toEqual([]);
  });
  it('does not pair tables when a kind is printed once per subordinate unit', () => {
    const [a, b] = tables('268.27');
    const other = table('gpb_expenditure', '一般公共预算支出情况表', [{ code: '2080101', name: '行政运行', cells: { total: '1.00' } }]);
    expect(runRule(rule, facts({ tables: [a, b, other] }))).toEqual([]);
  });
});
