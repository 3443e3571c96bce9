import { describe, expect, it } from 'vitest';
import { projectRequiredFields as rule } from '../../../src/reconcile/rules/project-required-fields.js';
import { facts, indicator, project, runRule } from '../builders.js';

describe('project-required-fields', () => {
  it('fires once per project listing its empty fields (Luoyang 软件维护费经费)', () => {
    const p = project({ name: '软件维护费经费', manager: null, phone: '', annual: null, indicators: [indicator({ name: 'x', target: '1' })] });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'project-required-fields', severity: 'warning', actual: '空白：项目负责人、联系电话、年度资金总额' });
  });
  it('does not fire on a complete grid', () => {
    expect(runRule(rule, facts({ projects: [project({ name: '档案管理经费', indicators: [indicator({ name: 'x', target: '1' })] })] }))).toEqual([]);
  });
});
