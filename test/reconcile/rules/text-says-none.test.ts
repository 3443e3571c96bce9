import { describe, expect, it } from 'vitest';
import { textSaysNone as rule } from '../../../src/reconcile/rules/text-says-none.js';
import { claim, facts, runRule, table } from '../builders.js';

const fund = (amount: string | null) => table('gov_fund', '政府性基金预算支出情况表', [{ name: '合计', cells: { total: amount } }]);
const none = claim({ metric: 'gov_fund_total', subject: '政府性基金预算', amount: null, text: '我单位2021年没有使用政府性基金预算拨款安排的支出。' });

describe('text-says-none', () => {
  it('fires when the narrative says there is no 政府性基金 spending but the table has an amount', () => {
    const flags = runRule(rule, facts({ tables: [fund('120.00')], claims: [none] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'text-says-none', severity: 'error', expected: '120.00万元', actual: '无' });
  });
  it('does not fire when the table is blank too', () => {
    expect(runRule(rule, facts({ tables: [fund(null)], claims: [none] }))).toEqual([]);
  });
});
