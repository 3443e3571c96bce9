import { describe, expect, it } from 'vitest';
import { tableTotalSum as rule } from '../../../src/reconcile/rules/table-total-sum.js';
import { facts, runRule, table } from '../builders.js';

// As in the Luoyang tables: only 项 rows printed, so the total is the sum of the 项 rows.
const t = (total: string) =>
  table('expenditure_summary', '部门支出总体情况表', [
    { name: '合计', cells: { total } },
    { code: '2080101', name: '行政运行', cells: { total: '278.27' } },
    { code: '2101101', name: '行政单位医疗', cells: { total: '17.83' } },
    { code: '2210201', name: '住房公积金', cells: { total: '21.95' } },
  ]);

describe('table-total-sum', () => {
  it('fires when the total row is not the sum of the 项 rows', () => {
    const flags = runRule(rule, facts({ tables: [t('320.05')] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'table-total-sum', severity: 'error', expected: '318.05万元', actual: '320.05万元' });
    expect(flags[0].message).toContain('各项（3行）之和');
  });
  it('does not fire when it adds up', () => {
    expect(runRule(rule, facts({ tables: [t('318.05')] }))).toEqual([]);
  });
  it('counts a code printed on two rows one after the other as two rows (two units, no unit name printed)', () => {
    // Beijing 教委 05表: 2050205 高等教育 printed for one unit after another.
    const units = (total: string) =>
      table('gpb_expenditure', '一般公共预算支出表', [
        { name: '合计', cells: { total } },
        { code: '2050205', name: '高等教育', cells: { total: '261,315.60' } },
        { code: '2050205', name: '高等教育', cells: { total: '98,492.50' } },
      ]);
    expect(runRule(rule, facts({ tables: [units('359,808.10')] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [units('261,315.60')] })).map((f) => f.severity)).toEqual(['error']);
  });
  it('takes a code printed again right after itself with the same figure for the same row (a 类 > 款 > 项 chain all named 其他支出)', () => {
    // Shenzhen names-only 收支总表: 其他支出 as 类, 款 and 项, each given 229, each 7,647.43.
    const chain = table('income_expenditure_summary', '收支总表', [
      { name: '本年支出合计', cells: { total: '8,301.50' } },
      { code: '208', name: '社会保障和就业支出', cells: { total: '654.07' } },
      ...[1, 2, 3].map(() => ({ code: '229', name: '其他支出', cells: { total: '7,647.43' } })),
    ]);
    expect(runRule(rule, facts({ tables: [chain] }))).toEqual([]);
  });
  it('passes when one of several total rows (本年合计, 总计) adds up', () => {
    const two = t('318.05');
    two.lineItems.push({ ...two.lineItems[0], name: '支出总计', amount: { ...two.lineItems[0].amount, text: '400.00', fen: 400_000_000 } });
    expect(runRule(rule, facts({ tables: [two] }))).toEqual([]);
  });
  it('keeps rows printed under both economic schemes apart (50101|30101 and 50501|30101)', () => {
    const t = (total: string) => {
      const base = table('gpb_basic_by_economic', '预算06表一般公共预算基本支出表', [
        { code: '30101', name: '基本工资', cells: { total: '2,164.53' } },
        { code: '30101', name: '基本工资', cells: { total: '341.70' } },
        { name: '合计', cells: { total } },
      ]);
      const gov = ['50101', '50501'];
      return { ...base, lineItems: base.lineItems.map((li, i) => (i < 2 ? { ...li, govEconomicCode: gov[i] } : li)) };
    };
    expect(runRule(rule, facts({ tables: [t('2,506.23')] }))).toEqual([]);
    expect(runRule(rule, facts({ tables: [t('2,164.53')] })).map((f) => f.rule)).toEqual(['table-total-sum']);
  });
  it('leaves cross-classified detail rows (function x economic) out of the 类 sum', () => {
    const t = table('expenditure_summary', '预算03表支出总表', [
      { code: '2040601', name: '行政运行/30101-基本工资', rowKind: 'detail', cells: { total: '2,164.53' } },
      { code: '2040601', name: '行政运行/30102-津贴补贴', rowKind: 'detail', cells: { total: '4,924.77' } },
      { code: '2040602', name: '一般行政管理事务/30299-其他商品和服务支出', rowKind: 'detail', cells: { total: '388.08' } },
      { name: '合计', cells: { total: '7,477.38' } },
    ]);
    expect(runRule(rule, facts({ tables: [t] }))).toEqual([]);
  });
});
