import { describe, expect, it } from 'vitest';
import { rateOnZeroBase as rule } from '../../../src/reconcile/rules/rate-on-zero-base.js';
import { claim, facts, runRule } from '../builders.js';

const doc = (current: string, change: string, rate: string) => {
  const text = `政府采购预算${current}万元，比上年增加${change}万元，增长${rate}%`;
  return facts({
    claims: [
      claim({ metric: 'government_procurement', subject: '政府采购预算', amount: current, text }),
      claim({ metric: 'yoy_change', subject: '政府采购预算', basis: 'government_procurement', amount: change, percent: rate, direction: 'increase', text }),
    ],
  });
};

describe('rate-on-zero-base', () => {
  it('fires when the whole current figure is the increase (prior year 0) yet a rate is given', () => {
    const flags = runRule(rule, doc('12.00', '12.00', '100'));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['rate-on-zero-base', 'warning']]);
  });
  it('does not fire on a non-zero base, nor on "增加0万元，增长0%"', () => {
    expect(runRule(rule, doc('12.00', '6.00', '100'))).toEqual([]);
    expect(runRule(rule, doc('0', '0', '0'))).toEqual([]);
  });
});
