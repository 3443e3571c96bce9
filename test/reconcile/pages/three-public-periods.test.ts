/**
 * 三公 figures compared in the right period: the narrative's phase word nearest the figure (预算为 76.43,
 * 决算为 46.21 under a heading that says 决算), the table's year blocks; pages of real PDFs cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};
const threePublicErrors = (r: Awaited<ReturnType<typeof run>>) =>
  r.flags.filter((f) => f.rule.startsWith('three-public') && f.severity === 'error').map((f) => f.message);

describe('three-public periods', () => {
  it('three-public-phase-nearest-word: a budget figure under a 决算 heading is the budget; the final figure matches the table', async () => {
    // 国家信访局 2024 决算 p. 24: '（一）“三公”经费财政拨款支出决算总体情况说明 … 支出预算为76.43万元，2024年度支出决算为46.21万元'.
    const r = await run('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 15, 24]);
    const totals = r.facts!.threePublic.filter((f) => f.source === 'narrative' && f.item === 'total').map((f) => [f.period, f.amount.text]);
    expect(totals).toEqual([['budget', '76.43'], ['final', '46.21']]);
    expect(threePublicErrors(r)).toEqual([]);
  });

  it('near miss: the text states the 2026 figures, the table prints 2025 and 2026 side by side (重庆市人民政府办公厅 pp. 3-4, 20)', async () => {
    const r = await run('wide/重庆/2026年重庆市人民政府办公厅部门预算.pdf', [1, 3, 4, 20]);
    const narrative = r.facts!.threePublic.filter((f) => f.source === 'narrative' && f.period === 'budget' && f.item === 'total');
    expect(narrative.map((f) => f.amount.text)).toContain('394.49');
    expect(threePublicErrors(r)).toEqual([]);
  });
});
