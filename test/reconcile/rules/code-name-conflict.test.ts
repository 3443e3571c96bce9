import { describe, expect, it } from 'vitest';
import { codeNameConflict as rule } from '../../../src/reconcile/rules/code-name-conflict.js';
import { facts, runRule, table } from '../builders.js';

const pair = (a: string, b: string) => [
  table('expenditure_summary', '2021年部门支出总体情况表', [{ code: '2080101', name: a, cells: { total: '278.27' } }]),
  table('gpb_expenditure', '2021年一般公共预算支出情况表', [{ code: '2080101', name: b, cells: { total: '278.27' } }]),
];

describe('code-name-conflict', () => {
  it('fires when one code carries two names', () => {
    const flags = runRule(rule, facts({ tables: pair('人力资源和社会保障管理事务', '行政运行（人 力资源和社会保') }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'code-name-conflict', severity: 'warning', expected: '人力资源和社会保障管理事务' });
    expect(flags[0].message).toContain('2080101');
    expect(flags[0].evidence).toHaveLength(2);
  });
  it('does not fire for spaces, bracketed qualifiers or a name cut short by a narrow column', () => {
    expect(runRule(rule, facts({ tables: pair('机关事业单位基本养老保险缴费支出', '机关事业单位 基本养老保险缴') }))).toEqual([]);
    expect(runRule(rule, facts({ tables: pair('行政运行（人力资源和社会保障管理事务）', '行政运行') }))).toEqual([]);
  });
});
