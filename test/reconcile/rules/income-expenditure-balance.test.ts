import { describe, expect, it } from 'vitest';
import { incomeExpenditureBalance as rule } from '../../../src/reconcile/rules/income-expenditure-balance.js';
import { facts, runRule, table } from '../builders.js';

const summary = (income: string, spend: string) =>
  table('income_expenditure_summary', '部门收支总表', [
    { name: '一般公共预算拨款收入', side: 'income', rowKind: 'item', cells: { total: income } },
    { name: '收入总计', side: 'income', rowKind: 'total', cells: { total: income } },
    { name: '支出总计', side: 'expenditure', rowKind: 'total', cells: { total: spend } },
  ]);

describe('income-expenditure-balance', () => {
  it('fires when 收入总计 and 支出总计 differ', () => {
    const flags = runRule(rule, facts({ tables: [summary('7,723.46', '7,733.46')] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'income-expenditure-balance', severity: 'error', expected: '7,723.46万元', actual: '7,733.46万元' });
    expect(flags[0].message).toContain('支出总计');
    expect(flags[0].evidence.length).toBe(2);
  });
  it('does not fire when they agree', () => {
    expect(runRule(rule, facts({ tables: [summary('7,723.46', '7,723.46')] }))).toEqual([]);
  });
});
