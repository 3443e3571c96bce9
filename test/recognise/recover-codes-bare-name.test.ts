/**
 * Codes recovered from another table of the document go only to names that can stand for a code: a bare
 * 支出 (the wrapped tail of '22908 彩票发行销售机构业务费安排的支出' on the 本年支出总体情况表, and a header cell
 * of the 收支总体情况表) names none. 广州市民政局 pp.6-7 and 9-11, cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../corpus-pages.js';

describe('recover-codes-bare-name', () => {
  it('gives no code to a row named only 支出, so 229 其他支出 has no phantom child', async () => {
    const r = await processPages('wide/广州/民政局_2026年部门预算.pdf', [1, 6, 7, 9, 10, 11]);
    const summary = r.facts!.tables.find((t) => t.kind === 'income_expenditure_summary')!;
    // The 类 rows are still recovered by their names (二十三、其他支出 -> 229).
    expect(summary.lineItems.some((li) => li.code === '229' && li.name === '其他支出')).toBe(true);
    expect(summary.lineItems.filter((li) => li.code === '22908')).toEqual([]);
    expect(r.flags.filter((f) => f.rule === 'code-hierarchy-sum' && f.subject.includes('229'))).toEqual([]);
  });
});
