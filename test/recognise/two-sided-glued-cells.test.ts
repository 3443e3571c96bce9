/**
 * Two-sided tables (财政拨款收支总体情况表) laid out without rules, where the income amount runs into the
 * expenditure label printed right after it, on pages of a real PDF of ../shared/corpus/wide cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../corpus-pages.js';


describe('two-sided tables', () => {
  it('two-sided-glued-amount-label: an income amount glued to the first expenditure label is split between the sides', async () => {
    // 广州市委宣传部 pp. 9-10: '一、一般公共预算 27,575.13' | '一、一般公共服务支出 5,009.88' on one line, the
    // amount and the label read as one cell; 本年支出合计 27,900.73 is the sum of the 类 rows only with it.
    const r = await processPages('wide/广州/2026年广州市宣传部部门预算.pdf', [9, 10]);
    const t = r.facts!.tables.find((x) => x.kind === 'fiscal_appropriation_summary')!;
    const income = t.lineItems.filter((i) => i.side === 'income' && i.rowKind === 'item').map((i) => [i.name, i.amount.text]);
    expect(income.slice(0, 3)).toEqual([['一、一般公共预算', '27575.13'], ['二、政府性基金预算', '0.00'], ['三、国有资本经营预算', '325.60']]);
    const classes = t.lineItems.filter((i) => i.side === 'expenditure' && i.code?.length === 3);
    expect(classes[0]).toMatchObject({ code: '201', name: '一般公共服务支出' });
    const fen = classes.reduce((s, i) => s + (i.amount.fen ?? 0), 0);
    expect(fen).toBe(27_900_730_000);
    expect(r.flags.filter((f) => f.rule === 'table-total-sum' && f.severity === 'error')).toEqual([]);
  });

  it('near miss: amounts in their own cells, in 元 without decimals, are read as printed (上海市统计局 p. 12)', async () => {
    const r = await processPages('wide/上海/2026年上海市统计局_部门预算.pdf', [12]);
    const t = r.facts!.tables.find((x) => x.kind === 'fiscal_appropriation_summary')!;
    const rows = t.lineItems.filter((i) => i.measure === 'total' && i.amount.text !== null).map((i) => [i.side, i.code, i.name, i.amount.text]);
    expect(rows.slice(0, 3)).toEqual([
      ['income', null, '一、一般公共预算', '26054663'],
      ['expenditure', '201', '一般公共服务支出', '21720449'],
      ['expenditure', '208', '社会保障和就业支出', '2602298'],
    ]);
  });
});
