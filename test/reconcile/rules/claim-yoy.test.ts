import { describe, expect, it } from 'vitest';
import { claimYoy as rule } from '../../../src/reconcile/rules/claim-yoy.js';
import { claim, facts, runRule } from '../builders.js';

const sentence = (current: string, change: string, rate: string, direction: 'increase' | 'decrease', metric = 'admin_running_cost') => {
  const text = `机关运行经费支出预算${current}万元，比上年${direction === 'increase' ? '增加' : '减少'}${change}万元，${direction === 'increase' ? '增长' : '下降'}${rate}%`;
  return [
    claim({ metric, subject: '机关运行经费支出预算', amount: current, text }),
    claim({ metric: 'yoy_change', subject: '机关运行经费支出预算', basis: metric, amount: change, percent: rate, direction, text }),
  ];
};

describe('claim-yoy', () => {
  it('fires on the Luoyang 机关运行经费 statement: 92.64 up 57.27 gives 35.37 before, +161.92%, not 160.42%', () => {
    const flags = runRule(rule, facts({ claims: sentence('92.64', '57.27', '160.42', 'increase') }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-yoy', severity: 'error', expected: '161.92%', actual: '160.42%' });
    expect(flags[0].message).toContain('35.37万元');
  });
  it('does not fire on the correct Luoyang statements (三公 0.5, down 5.2, -91.23%; totals +1406.9, +22%)', () => {
    expect(runRule(rule, facts({ claims: sentence('0.5', '5.2', '91.23', 'decrease', 'three_public_total') }))).toEqual([]);
    expect(runRule(rule, facts({ claims: sentence('7723.46', '1406.9', '22', 'increase', 'expenditure_total') }))).toEqual([]);
  });
  it('reports a rate the rounded amounts can explain as rounding', () => {
    // 0.5 (±0.05) down 5.2 (±0.05): the prior year is 5.6–5.8, so 91.10% is reachable though 91.23% is exact.
    const flags = runRule(rule, facts({ claims: sentence('0.5', '5.2', '91.10', 'decrease', 'three_public_total') }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['claim-yoy-rounding', 'info']]);
  });
  it('fires when the direction word contradicts the stated prior-year figure, and not when it agrees', () => {
    const text = '机关运行经费支出预算92.64万元，上年35.37万元，比上年减少57.27万元，下降161.92%';
    const claims = (direction: 'increase' | 'decrease') => [
      claim({ metric: 'admin_running_cost', subject: '机关运行经费支出预算', amount: '92.64', text }),
      claim({ metric: 'admin_running_cost', subject: '机关运行经费支出预算', amount: '35.37', period: 'prior', text }),
      claim({ metric: 'yoy_change', subject: '机关运行经费支出预算', basis: 'admin_running_cost', amount: '57.27', percent: '161.92', direction, text }),
    ];
    const flags = runRule(rule, facts({ claims: claims('decrease') }));
    expect(flags.map((f) => [f.rule, f.expected, f.actual])).toEqual([['claim-yoy', '增加', '减少']]);
    expect(runRule(rule, facts({ claims: claims('increase') }))).toEqual([]);
  });
  it('does not call a change wrong when it is not known which figure changed (after an aside in brackets): unresolved', () => {
    // Guangzhou: 公务用车购置及运行费80.53万元（其中，购置费58.32万元，运行维护费22.21万元）比上年增加39.2万元，增长112.3%.
    const text = '公务用车购置及运行费80.53万元（其中，公务用车购置费58.32万元，公务用车运行维护费22.21万元）比上年增加39.2万元，增长112.3%。';
    const claims = [
      claim({ metric: 'three_public_vehicle_total', subject: '公务用车购置及运行费', amount: '80.53', text }),
      claim({ metric: 'three_public_vehicle_purchase', subject: '其中公务用车购置费', amount: '58.32', text }),
      claim({ metric: 'three_public_vehicle_operation', subject: '公务用车运行维护费', amount: '22.21', text }),
      claim({ metric: 'yoy_change', subject: '）比上年', basis: null, amount: '39.2', percent: '112.3', direction: 'increase', text }),
    ];
    expect(runRule(rule, facts({ claims })).map((f) => [f.rule, f.severity])).toEqual([['claim-yoy-unresolved', 'info']]);
  });
});
