import { describe, expect, it } from 'vitest';
import { emptyTableUnexplained as rule } from '../../../src/reconcile/rules/empty-table-unexplained.js';
import { claim, facts, runRule, table } from '../builders.js';

const empty = (note?: string) => table('gov_fund', '政府性基金预算支出情况表', [{ name: '合计', cells: { total: null } }], { empty: true, note });

describe('empty-table-unexplained', () => {
  it('fires on an empty 政府性基金 table with no word on why', () => {
    const flags = runRule(rule, facts({ tables: [empty()] }));
    expect(flags.map((f) => [f.rule, f.severity, f.subject])).toEqual([['empty-table-unexplained', 'warning', '政府性基金预算支出情况表']]);
  });
  it('does not fire when the table notes it or the narrative says so', () => {
    expect(runRule(rule, facts({ tables: [empty('本部门无政府性基金预算收支，故本表为空表。')] }))).toEqual([]);
    const said = claim({ metric: 'gov_fund_total', subject: '政府性基金收支预算', amount: '0', text: '政府性基金收支预算 0 万元' });
    expect(runRule(rule, facts({ tables: [empty()], claims: [said] }))).toEqual([]);
  });
});
