import { describe, expect, it } from 'vitest';
import { projectPeriodConflict as rule } from '../../../src/reconcile/rules/project-period-conflict.js';
import { facts, project, runRule } from '../builders.js';

describe('project-period-conflict', () => {
  it('fires when 项目实施时间 names a year outside 起/止 (Luoyang 办公补助经费: 2016年度 vs 2021年1月)', () => {
    const flags = runRule(rule, facts({ projects: [project({ name: '办公补助经费', periodText: '2016年度' })] }));
    expect(flags.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([['project-period-conflict', 'warning', '2016年度', '2021年']]);
  });
  it('fires when the start is after the end', () => {
    const flags = runRule(rule, facts({ projects: [project({ name: 'x', startDate: '2022-01-01', startText: '2022年1月' })] }));
    expect(flags[0].message).toContain('晚于');
  });
  it('does not fire on agreeing periods', () => {
    const ps = [project({ name: 'a', periodText: '2021年1月-2021年12月' }), project({ name: 'b', periodText: '2021' }), project({ name: 'c', periodText: null })];
    expect(runRule(rule, facts({ projects: ps }))).toEqual([]);
  });
});
