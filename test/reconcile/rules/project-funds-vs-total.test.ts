import { describe, expect, it } from 'vitest';
import { projectFundsVsTotal as rule } from '../../../src/reconcile/rules/project-funds-vs-total.js';
import { facts, project, runRule, table } from '../builders.js';

const summary = table('expenditure_summary', '部门支出总体情况表', [{ name: '合计', cells: { total: '7,723.46', basic: '4,618.49', project: '3,104.97' } }]);

describe('project-funds-vs-total', () => {
  it('fires when the projects fall short of 项目支出, naming a project without annual funds', () => {
    const projects = [project({ name: '城镇居民医疗区级配套资金', annual: '3081.86' }), project({ name: '软件维护费经费', annual: null })];
    const flags = runRule(rule, facts({ tables: [summary], projects }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'project-funds-vs-total', severity: 'warning', expected: '3,104.97万元', actual: '3,081.86万元' });
    expect(flags[0].message).toContain('“软件维护费经费”未填年度资金');
  });
  it('is unresolved (info) when the forms cover under 90% of 项目支出: a selection of key projects (Beijing)', () => {
    const flags = runRule(rule, facts({ tables: [summary], projects: [project({ name: 'a', annual: '2000' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['project-funds-vs-total-unresolved', 'info']]);
  });
  it('is unresolved (info) when the projects exceed 项目支出: forms may hold money the department passes on', () => {
    const flags = runRule(rule, facts({ tables: [summary], projects: [project({ name: 'a', annual: '3200' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['project-funds-vs-total-unresolved', 'info']]);
    expect(flags[0].message).toContain('转移支付');
  });
  it('does not fire when they add up, and only notes a gap within the rounding of whole-万元 figures', () => {
    expect(runRule(rule, facts({ tables: [summary], projects: [project({ name: 'a', annual: '3000' }), project({ name: 'b', annual: '104.97' })] }))).toEqual([]);
    const flags = runRule(rule, facts({ tables: [summary], projects: [project({ name: 'a', annual: '3000' }), project({ name: 'b', annual: '105' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['project-funds-vs-total-rounding', 'info']]);
  });
});
