import { describe, expect, it } from 'vitest';
import { threePublicVsEconomic as rule } from '../../../src/reconcile/rules/three-public-vs-economic.js';
import { facts, runRule, table, threePublic } from '../builders.js';

const doc = (line: string) =>
  facts({
    threePublic: [threePublic('reception', '0.50')],
    tables: [table('gpb_basic_by_economic', '一般公共预算基本支出表', [{ code: '30217', name: '公务接待费', cells: { total: line } }])],
  });

describe('three-public-vs-economic', () => {
  it('fires when the 30217 basic-expenditure line exceeds the 三公 reception figure', () => {
    const flags = runRule(rule, doc('0.80'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'three-public-vs-economic', severity: 'warning', subject: '30217 公务接待费' });
    expect(flags[0].message).toContain('超过了');
  });
  it('does not fire when the line is within the 三公 figure (projects may carry the rest)', () => {
    expect(runRule(rule, doc('0.30'))).toEqual([]);
  });
});
