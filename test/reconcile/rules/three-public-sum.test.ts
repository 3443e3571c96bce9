import { describe, expect, it } from 'vitest';
import { threePublicSum as rule } from '../../../src/reconcile/rules/three-public-sum.js';
import { facts, runRule, threePublic } from '../builders.js';

const figures = (total: string, operation: string) => [
  threePublic('total', total),
  threePublic('outbound', null),
  threePublic('reception', '0.50'),
  threePublic('vehicle_total', '1.20'),
  threePublic('vehicle_purchase', null),
  threePublic('vehicle_operation', operation),
];

describe('three-public-sum', () => {
  it('fires when 合计 is not 出国 + 接待 + 公车, and 公车 not 购置 + 运行', () => {
    const flags = runRule(rule, facts({ threePublic: figures('1.80', '1.00') }));
    expect(flags.map((f) => f.rule)).toEqual(['three-public-sum', 'three-public-sum']);
    expect(flags[0].message).toContain('“三公”经费合计（1.80万元）不等于');
    expect(flags[1].message).toContain('公务用车购置及运行费（1.20万元）不等于');
  });
  it('does not fire when both sums hold (blank cells count as zero)', () => {
    expect(runRule(rule, facts({ threePublic: figures('1.70', '1.20') }))).toEqual([]);
  });
});
