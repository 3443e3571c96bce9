import { describe, expect, it } from 'vitest';
import { rowSplitSum as rule } from '../../../src/reconcile/rules/row-split-sum.js';
import { facts, runRule, table } from '../builders.js';

const t = (basic: string, wages: string) =>
  table('expenditure_summary', '部门支出总体情况表', [
    { name: '合计', cells: { total: '300.00', basic, project: '21.73', wages, goods_services: '29.87', household_transfers: '0.15' } },
  ]);

describe('row-split-sum', () => {
  it('fires when 基本支出 is not 工资福利 + 商品和服务 + 对个人和家庭的补助', () => {
    const flags = runRule(rule, facts({ tables: [t('278.27', '250.25')] }));
    const errors = flags.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['row-split-sum']);
    expect(errors[0].message).toContain('基本支出（278.27万元）不等于');
    expect(errors[0].expected).toBe('280.27万元');
  });
  it('reports a gap within rounding as info, not as an error', () => {
    // 248.26 + 29.87 + 0.15 = 278.28: one cent off, within 4 half-cents of rounding.
    const flags = runRule(rule, facts({ tables: [t('278.27', '248.26')] }));
    expect(flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(flags.some((f) => f.rule === 'row-split-sum-rounding')).toBe(true);
  });
  it('does not fire on a row that prints none of the split columns', () => {
    const income = table('fiscal_appropriation_summary', '财政拨款收支总表', [
      { name: '一般公共预算', side: 'income', rowKind: 'item', cells: { total: '100.00' } },
      { name: '社会保障和就业', side: 'expenditure', rowKind: 'item', cells: { total: '100.00', gpb: '100.00', gov_fund: null, soe: null } },
    ]);
    expect(runRule(rule, facts({ tables: [income] }))).toEqual([]);
  });
  it('reports one unresolved note instead of a flood when most rows fail (columns misread)', () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({ code: `20801${String(i + 1).padStart(2, '0')}`, name: `科目${i}`, cells: { total: '10.00', basic: '7.00', project: '7.00' } }));
    const flags = runRule(rule, facts({ tables: [table('expenditure_summary', '支出总表', rows)] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['row-split-sum-unresolved', 'info']]);
    expect(flags[0].message).toContain('6处');
  });
  it('is unresolved, not an error, when the row lacks some of the split columns', () => {
    const t = table('fiscal_appropriation_summary', '财政拨款收支总表', [{ name: '一般公共预算资金', rowKind: 'item', cells: { total: '100.00', gov_fund: '3.00', soe: '3.00' } }]);
    const flags = runRule(rule, facts({ tables: [{ ...t, columns: [...t.columns, { path: '一般公共预算', measure: 'gpb' }] }] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['row-split-sum-unresolved', 'info']]);
  });
  it('does not check 合计 = 一般公共预算 + 政府性基金 + 国有资本 where the table prints other sources (收入总表 with 上年结转)', () => {
    // Wuhan 部门收入总表: 50,616.94 = 上年结转 2,254.12 + 一般公共预算 16,474.82 + 其他收入 31,888.00.
    const income = table('income_summary', '部门收入总表', [
      { name: '合计', cells: { total: '50,616.94', carryover: '2,254.12', gpb: '16,474.82', gov_fund: null, soe: null, other_income: '31,888.00' } },
    ]);
    expect(runRule(rule, facts({ tables: [income] }))).toEqual([]);
  });
  it('still checks 财政拨款小计 = the three appropriations in such a table', () => {
    const t = table('gpb_basic_by_economic', '基本支出总表', [
      { name: '合计', cells: { total: '51,374.73', fiscal_appropriation: '50,945.20', gpb: '50,900.20', gov_fund: '0.00', soe: '0.00', superior_subsidy: '429.53' } },
    ]);
    expect(runRule(rule, facts({ tables: [t] })).map((f) => [f.rule, f.expected])).toEqual([['row-split-sum', '50,900.20万元']]);
  });
});
