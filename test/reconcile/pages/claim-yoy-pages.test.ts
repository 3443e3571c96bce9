/**
 * A change checked against the figure it is of, in document order: on PDF pages claims have no line number, so
 * the order they were read in decides what was stated before; pages of real PDFs cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};
const yoyErrors = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.rule === 'claim-yoy' && f.severity === 'error');

describe('claim-yoy in document order', () => {
  it('claim-yoy-level-before-the-change: a rate that does not follow from the level stated before it fires (武汉市信访局 p. 25)', async () => {
    // '委托业务费财政拨款预算1,391.68万元，比2025年预算增加333.83万元，增长31.35%': 333.83 / 1,057.85 = 31.56%.
    // p. 5 (a budget table) makes the cut a disclosure the rules read.
    const r = await run('pdf/renwu/2026年武汉市信访局部门预算.pdf', [1, 5, 25]);
    expect(yoyErrors(r).map((f) => [f.subject, f.expected, f.actual])).toEqual([['委托业务费财政拨款预算', '31.56%', '31.35%']]);
  });

  it('near miss: a change at the top of a page is of the level at the foot of the one before, not of the next item (苏州市交通运输局 pp. 35-36)', async () => {
    // p. 35 '4.…航道维护（项）支出2,242.11万元，' / p. 36 '与上年相比减少210.84万元，减少8.6%': 210.84 / 2,452.95 = 8.6%.
    // p. 4 (a budget table) makes the cut a disclosure the rules read.
    const r = await run('wide/苏州/交通运输局_2026年部门预算.pdf', [1, 4, 35, 36]);
    expect(yoyErrors(r)).toEqual([]);
  });

  it('near miss: a sentence opening with 较大的 compares nothing, and a prior-year figure in the reasons is another item’s (广州市发展和改革委员会 pp. 33-34)', async () => {
    // '较大的项目变动，一是比上年减少了…补助资金53,790.41万元' is one project's change, not the total's; '主要原因是…上年度安排了经费
    // 203.16万元' is last year's 信息化 item, not last year's 机关运行经费 (1,755.94 + 460.06 = 2,216.00). p. 10 is a table.
    const r = await run('wide/广州/发展和改革局_2026年部门预算.pdf', [1, 10, 33, 34]);
    expect(yoyErrors(r)).toEqual([]);
    expect(r.facts!.claims.filter((c) => c.period === 'prior' && c.amount?.text === '203.16')).toEqual([]);
  });
});
