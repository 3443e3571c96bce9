import { describe, expect, it } from 'vitest';
import { yoyReasonMissing as rule } from '../../../src/reconcile/rules/yoy-reason-missing.js';
import { claim, facts, runRule } from '../builders.js';

const change = (text: string, amount = '5.2', percent = '91.23', subject = '“三公”经费预算') =>
  claim({ metric: 'yoy_change', subject, basis: 'three_public_total', amount, percent, direction: 'decrease', text });

describe('yoy-reason-missing', () => {
  it('fires when a decrease is stated without a reason', () => {
    const flags = runRule(rule, facts({ claims: [change('“三公”经费预算为0.5万元。比2020年预算数减少5.2万元，下降91.23%。')] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['yoy-reason-missing', 'info']]);
  });
  it('does not fire when the same change is explained for its only item (Luoyang 三公), nor on a zero change', () => {
    const claims = [
      change('“三公”经费预算为0.5万元。比2020年预算数减少5.2万元，下降91.23%。'),
      change('公务接待费0.5万元，比2020年预算数减少5.2万元，下降91.23%，主要原因：贯彻落实政府压缩一般性支出。', '5.2', '91.23', '公务接待费'),
      claim({ metric: 'yoy_change', subject: '政府性基金收支', basis: 'gov_fund_total', amount: '0', percent: '0', direction: 'increase', text: '政府性基金收支增加0万元，增长0%。' }),
    ];
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
});
