import { describe, expect, it } from 'vitest';
import { shareOver100 as rule } from '../../../src/reconcile/rules/share-over-100.js';
import { claim, facts, runRule } from '../builders.js';

describe('share-over-100', () => {
  it('fires on a share above 100%', () => {
    const flags = runRule(rule, facts({ claims: [claim({ metric: 'basic_share', subject: '基本支出', amount: '4618.49', percent: '159.80' })] }));
    expect(flags.map((f) => [f.rule, f.severity, f.actual])).toEqual([['share-over-100', 'error', '159.80%']]);
  });
  it('does not fire on exactly 100%, nor on a growth rate above 100%', () => {
    const claims = [
      claim({ metric: 'gpb_share', subject: '一般公共预算', percent: '100.00' }),
      claim({ metric: 'yoy_change', subject: '机关运行经费', amount: '57.27', percent: '160.42', direction: 'increase' }),
    ];
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
});
