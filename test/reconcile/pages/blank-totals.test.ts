/**
 * A blank total over printed parts is not a total of zero: sums are unresolved, not errors, when the total cell is
 * empty (or read as empty); a printed total that disagrees still fires. Pages of real PDFs cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};

describe('blank totals', () => {
  it('near miss: 三公 公务用车购置及运行维护费 小计 printed blank over 购置 18.69 and 运行 4.83 (军民融合办 预算09表 p. 13)', async () => {
    const r = await run('wide/北京/政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf', [1, 13]);
    const sums = r.flags.filter((f) => f.rule.startsWith('three-public-sum'));
    expect(sums.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('row-split-sum still fires on a printed total that is not the sum of its parts (杭州市交通运输局 表5 p. 30)', async () => {
    // 合计 row: 基本支出 82,479.29 printed, 人员经费 + 日常公用支出 = 82,529.88 (the 50.60 gap of the document).
    const r = await run('wide/杭州/交通运输局_2026年部门预算.pdf', [1, 30]);
    const total = r.flags.filter((f) => f.rule === 'row-split-sum' && f.subject.endsWith('：合计'));
    expect(total.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '82,479.29万元', '82,529.88万元']]);
  });
});
