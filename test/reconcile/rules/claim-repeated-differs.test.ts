import { describe, expect, it } from 'vitest';
import { claimRepeatedDiffers as rule } from '../../../src/reconcile/rules/claim-repeated-differs.js';
import { claim, facts, runRule } from '../builders.js';

describe('claim-repeated-differs', () => {
  it('notes (info, see docs/rules.md) when the narrative states 人员经费 twice with different values', () => {
    const flags = runRule(rule, facts({ claims: [claim({ metric: 'personnel', subject: '人员经费', amount: '319.95' }), claim({ metric: 'personnel', subject: '人员经费支出', amount: '391.95' })] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-repeated-differs', severity: 'info', expected: '319.95万元', actual: '391.95万元' });
  });
  it('does not fire when the repetitions agree (within the precision printed)', () => {
    const claims = [
      claim({ metric: 'expenditure_total', subject: '支出总计', amount: '7723.46' }),
      claim({ metric: 'expenditure_total', subject: '支出合计', amount: '7723.46' }),
      claim({ metric: 'three_public_total', subject: '三公经费', amount: '0.5' }),
      claim({ metric: 'three_public_total', subject: '三公经费', amount: '0.50' }),
    ];
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
  it('does not read a breakdown by unit (three or more values) as one figure repeated', () => {
    const claims = ['6011.73', '1291.62', '4741.41'].map((a) => claim({ metric: 'personnel', subject: '在职人员经费', amount: a }));
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
});
