import { describe, expect, it } from 'vitest';
import { finalVsBudget as rule } from '../../../src/reconcile/rules/final-vs-budget.js';
import { claim, facts, runRule } from '../builders.js';

const text = '2023年度一般公共预算财政拨款支出决算为1,200.00万元，完成年初预算1,000.00万元的120.00%，决算数大于预算数的主要原因是追加项目。';
const doc = (direction: 'increase' | 'decrease', percent: string) =>
  facts({
    meta: { docType: 'final_accounts' },
    claims: [
      claim({ metric: 'gpb_expenditure_final', subject: '一般公共预算财政拨款支出决算', amount: '1200.00', text }),
      claim({ metric: 'gpb_expenditure_budget', subject: '年初预算', amount: '1000.00', text }),
      claim({ metric: 'gpb_expenditure_vs_budget', subject: '一般公共预算财政拨款支出', basis: 'budget', percent, direction, text }),
    ],
  });

describe('final-vs-budget', () => {
  it('fires when the wording says 小于 but the final figure is larger, and when the completion rate is wrong', () => {
    const flags = runRule(rule, doc('decrease', '110.00'));
    expect(flags.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['final-vs-budget', '大于', '小于'],
      ['final-vs-budget', '120.00%', '110.00%'],
    ]);
  });
  it('does not fire when wording and rate agree', () => {
    expect(runRule(rule, doc('increase', '120.00'))).toEqual([]);
  });
});
