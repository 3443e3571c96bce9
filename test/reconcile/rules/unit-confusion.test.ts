import { describe, expect, it } from 'vitest';
import { unitConfusion as rule } from '../../../src/reconcile/rules/unit-confusion.js';
import { claimVsTable } from '../../../src/reconcile/rules/claim-vs-table.js';
import { claim, facts, runRule, table, threePublic } from '../builders.js';

const yuanTable = table('expenditure_summary', '部门支出总体情况表', [{ name: '合计', cells: { total: '77,234,600.00', basic: '46,184,900.00' } }], { unit: '元' });

describe('unit-confusion', () => {
  it('fires when the narrative writes the 元 figure of the table as 万元', () => {
    const flags = runRule(rule, facts({ tables: [yuanTable], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '46184900.00' })] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'unit-confusion', severity: 'warning', subject: '基本支出' });
    expect(flags[0].message).toContain('一万倍');
  });
  it('fires for 三公 figures written in the wrong unit', () => {
    const f = facts({ threePublic: [threePublic('reception', '5,000.00', { unit: '元' }), threePublic('reception', '5000', { source: 'narrative' })] });
    expect(runRule(rule, f).map((x) => x.rule)).toEqual(['unit-confusion']);
  });
  it('leaves a figure too rough to show a slip of unit to the plain comparison (0.3万元 against 2,961.68万元)', () => {
    const wanTable = table('expenditure_summary', '部门支出总体情况表', [{ name: '合计', cells: { total: '2,961.68' } }]);
    const f = facts({ tables: [wanTable], claims: [claim({ metric: 'expenditure_total', subject: '支出总计', amount: '0.3' })] });
    expect(runRule(rule, f)).toEqual([]);
    expect(runRule(claimVsTable, f).map((x) => [x.rule, x.severity])).toEqual([['claim-vs-table', 'error']]);
  });
  it('does not fire when the narrative converts 元 to 万元 correctly', () => {
    expect(runRule(rule, facts({ tables: [yuanTable], claims: [claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '4618.49' })] }))).toEqual([]);
  });
});
