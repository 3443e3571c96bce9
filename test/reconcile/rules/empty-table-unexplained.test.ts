import { describe, expect, it } from 'vitest';
import { emptyTableUnexplained as rule } from '../../../src/reconcile/rules/empty-table-unexplained.js';
import { claim, facts, runRule, table } from '../builders.js';

const empty = (note?: string) => table('gov_fund', '政府性基金预算支出情况表', [{ name: '合计', cells: { total: null } }], { empty: true, note });

describe('empty-table-unexplained', () => {
  // The document's narrative, which says nothing about the fund.
  const narrative = [claim({ metric: 'expenditure_total', subject: '支出预算', amount: '1200', text: '2026年支出预算1,200万元' })];
  it('fires on an empty 政府性基金 table with no word on why', () => {
    const flags = runRule(rule, facts({ tables: [empty()], claims: narrative }));
    expect(flags.map((f) => [f.rule, f.severity, f.subject])).toEqual([['empty-table-unexplained', 'warning', '政府性基金预算支出情况表']]);
  });
  it('is unresolved (info) in a file of tables only: the explanation may be in the narrative file of the same disclosure', () => {
    const flags = runRule(rule, facts({ tables: [empty()] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['empty-table-unexplained-unresolved', 'info']]);
  });
  it('does not fire when the table notes it or the narrative says so', () => {
    expect(runRule(rule, facts({ tables: [empty('本部门无政府性基金预算收支，故本表为空表。')] }))).toEqual([]);
    const said = claim({ metric: 'gov_fund_total', subject: '政府性基金收支预算', amount: '0', text: '政府性基金收支预算 0 万元' });
    expect(runRule(rule, facts({ tables: [empty()], claims: [said] }))).toEqual([]);
  });
});
