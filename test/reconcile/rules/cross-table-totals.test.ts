import { describe, expect, it } from 'vitest';
import { crossTableTotals as rule } from '../../../src/reconcile/rules/cross-table-totals.js';
import { facts, runRule, table } from '../builders.js';

const tables = (gpb: string) => [
  table('fiscal_appropriation_summary', '财政拨款收支总表', [
    { name: '收入合计', side: 'income', cells: { total: '7,723.46' } },
    { name: '支出合计', side: 'expenditure', cells: { total: '7,723.46', gpb: '7,723.46', gov_fund: null, soe: null } },
  ]),
  table('gpb_expenditure', '一般公共预算支出表', [{ name: '合计', cells: { total: gpb, basic: '4,618.49', project: '3,104.97' } }]),
];

describe('cross-table-totals', () => {
  it('fires when the 财政拨款收支总表 general-budget column disagrees with the general-budget table', () => {
    const flags = runRule(rule, facts({ tables: tables('7,732.46') }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'cross-table-totals', severity: 'error', expected: '7,723.46万元', actual: '7,732.46万元' });
  });
  it('does not fire when they agree', () => {
    expect(runRule(rule, facts({ tables: tables('7,723.46') }))).toEqual([]);
  });
});
