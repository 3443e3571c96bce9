import { describe, expect, it } from 'vitest';
import { claimVsTable as rule } from '../../../src/reconcile/rules/claim-vs-table.js';
import { claim, facts, runRule, table } from '../builders.js';

const summary = (unitStated = true, kind: 'expenditure_summary' | 'gpb_expenditure' = 'expenditure_summary') => {
  const t = table(kind, kind === 'expenditure_summary' ? '部门支出总体情况表' : '一般公共预算支出情况表', [
    { name: '合计', cells: { total: '7,723.46', basic: '4,618.49', project: '3,104.97', wages: '312.56', household_transfers: '7.39', goods_services: '4,298.54' } },
    { code: '2080101', name: '行政运行', cells: { total: '6,238.68' } },
    { code: '2101101', name: '行政单位医疗', cells: { total: '1,484.78' } },
  ]);
  return { ...t, unitStated };
};

describe('claim-vs-table', () => {
  it('fires when a narrative amount disagrees with the table cell of the same meaning', () => {
    const flags = runRule(rule, facts({ tables: [summary()], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '4618.59' })] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-vs-table', severity: 'error', subject: '基本支出', expected: '4,618.49万元', actual: '4,618.59万元' });
    expect(flags[0].message).toContain('不一致');
  });
  it('matches 类, 人员经费 and 公用经费 claims with the cells of the same meaning', () => {
    const claims = [
      claim({ metric: 'function_class_amount', subject: '社会保障和就业支出', amount: '6238.68' }),
      claim({ metric: 'personnel', subject: '人员经费', amount: '319.95' }),
      claim({ metric: 'public_funds', subject: '公用经费', amount: '4298.54' }),
      claim({ metric: 'expenditure_total', subject: '支出合计', amount: '7723.46' }),
    ];
    expect(runRule(rule, facts({ tables: [summary(), summary(true, 'gpb_expenditure')], claims }))).toEqual([]);
    const wrong = [claim({ metric: 'personnel', subject: '人员经费', amount: '312.56' }), claim({ metric: 'function_class_amount', subject: '卫生与健康支出', amount: '1462.83' })];
    const flags = runRule(rule, facts({ tables: [summary(), summary(true, 'gpb_expenditure')], claims: wrong }));
    expect(flags.map((f) => [f.subject, f.expected])).toEqual([
      ['人员经费', '319.95万元'],
      ['卫生与健康支出', '1,484.78万元'],
    ]);
  });
  it('reports a figure rounded to fewer decimals as rounding, not as an error', () => {
    const flags = runRule(rule, facts({ tables: [summary()], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '4618.5' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['claim-vs-table-rounding', 'info']]);
  });
  it('records the check as unresolved when the table does not print its unit', () => {
    const flags = runRule(rule, facts({ tables: [summary(false)], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '4000' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['claim-vs-table-unresolved', 'info']]);
  });
  it('leaves a figure that matches only after x10,000 to unit-confusion', () => {
    const flags = runRule(rule, facts({ tables: [summary()], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '46184900', unit: '万元' })] }));
    expect(flags).toEqual([]);
  });
  it('compares 一般公共预算拨款收入 with this year’s general-budget income, not the general-budget table (which adds carry-overs)', () => {
    // Hangzhou: income 91,495.48 + 上年结转 347.32 = 表5 合计 91,842.80.
    const gpb = table('gpb_expenditure', '表5：一般公共预算支出预算表', [{ name: '合计', cells: { total: '91,842.80' } }]);
    const income = (gpbCell: string) => table('income_summary', '表2：收入预算总表', [{ name: '合计', cells: { total: '99,230.46', gpb: gpbCell, carryover_gpb: '347.32' } }]);
    const c = claim({ metric: 'gpb_income', subject: '一般公共预算拨款收入', amount: '91495.48' });
    expect(runRule(rule, facts({ tables: [gpb, income('91,495.48')], claims: [c] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [gpb, income('91,495.58')], claims: [c] })).map((f) => f.rule)).toEqual(['claim-vs-table']);
  });
  it('compares 政府性基金预算收入 with this year’s fund income, not the fund’s expenditure table (which adds carry-overs)', () => {
    // Hangzhou 交通运输局 p. 6: 政府性基金预算收入221,493.00万元; 表8 (p. 35) spends 221,670.92 with the carry-over.
    const fund = table('gov_fund', '表8：政府性基金预算支出预算表', [{ name: '合计', cells: { total: '221,670.92' } }]);
    const income = (fundCell: string) => table('income_summary', '表2：收入预算总表', [{ name: '合计', cells: { total: '665,964.37', gov_fund: fundCell } }]);
    const c = claim({ metric: 'gov_fund_income', subject: '政府性基金预算收入', amount: '221493.00' });
    expect(runRule(rule, facts({ tables: [fund, income('221,493.00')], claims: [c] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [fund, income('221,439.00')], claims: [c] })).map((f) => f.rule)).toEqual(['claim-vs-table']);
  });
  it('does not take a carry-over or a 项 line that names the fund for the fund’s total', () => {
    // Suzhou 水务局 p. 30: 上年结转结余的政府性基金预算收入0万元; Hangzhou p. 14: …其他政府性基金安排的支出（项）预算为10,493.00万元.
    const fund = table('gov_fund', '政府性基金预算支出表', [{ name: '合计', cells: { total: '44,003.26' } }]);
    const claims = [
      claim({ metric: 'carryover', subject: '上年结转结余的政府性基金预算收入', amount: '0' }),
      claim({ metric: 'function_item_amount', subject: '其他支出（类）其他政府性基金及对应专项债务收入安排的支出（款）其他政府性基金安排的支出（项）', amount: '10493.00' }),
    ];
    expect(runRule(rule, facts({ tables: [fund], claims })).filter((f) => f.severity !== 'info')).toEqual([]);
    // The fund's own total stated in the text is still checked against the table.
    const stated = claim({ metric: 'gov_fund_expenditure', subject: '政府性基金预算支出', amount: '44,003.36' });
    expect(runRule(rule, facts({ tables: [fund], claims: [stated] })).map((f) => f.rule)).toEqual(['claim-vs-table']);
  });
  it('compares a 类 stated as part of 项目支出 with the 类’s project column', () => {
    // Changsha: 项目支出 417.41 万元，其中：一般公共服务支出 417.41 万元 (the 类's total is 1,935.36).
    const t = table('gpb_expenditure', '一般公共预算支出情况表', [{ code: '201', name: '一般公共服务支出', cells: { total: '1,935.36', basic: '1,517.95', project: '417.41' } }]);
    const c = (amount: string) => claim({ metric: 'function_class_amount', subject: '一般公共服务支出', basis: 'project_expenditure', amount });
    expect(runRule(rule, facts({ tables: [t], claims: [c('417.41')] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [t], claims: [c('417.51')] })).map((f) => [f.rule, f.expected])).toEqual([['claim-vs-table', '417.41万元']]);
  });
  it('does not read 一般公共预算拨款安排的机关运行经费 as the general budget', () => {
    const t = table('gpb_expenditure', '一般公共预算拨款支出预算表', [{ name: '合计', cells: { total: '351,904.90' } }]);
    const c = claim({ metric: 'admin_running_cost', subject: '一般公共预算拨款安排的机关运行经费支出', amount: '577.91' });
    expect(runRule(rule, facts({ tables: [t], claims: [c] }))).toEqual([]);
  });
});
