/**
 * Narrative figures read with the meaning their section and their sentence give them: the fund a heading names
 * (一般公共预算当年拨款 / 政府性基金), and the head of a sentence a page break cut; pages of real PDFs cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};
const errors = (r: Awaited<ReturnType<typeof run>>, rule: string) => r.flags.filter((f) => f.rule === rule && f.severity === 'error');
const HANGZHOU_TRANSPORT = 'wide/杭州/交通运输局_2026年部门预算.pdf';

describe('claim scope', () => {
  it('claim-vs-table-fund-scope: a 类 figure under a 一般公共预算 heading is checked against the general-budget table, and a real gap fires', async () => {
    // 杭州市交通运输局 p. 7 '（五）一般公共预算当年拨款情况说明（详见表5）1.…' then '交通运输（类）支出165,653.20万元';
    // 表5 (p. 30) prints 交通运输支出 165,602.60; 表3 (p. 27, all funds) prints 174,982.14, which is another figure.
    const r = await run(HANGZHOU_TRANSPORT, [1, 7, 27, 30]);
    const c = r.facts!.claims.find((x) => x.subject === '交通运输（类）支出' && x.amount?.text === '165653.20')!;
    expect(c.scope).toBe('gpb');
    const flags = errors(r, 'claim-vs-table').filter((f) => f.subject === '交通运输（类）支出');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ expected: '165,602.60万元', actual: '165,653.20万元' });
  });

  it('near miss: the same 类 under a 政府性基金 heading is not compared with the all-funds table (p. 14: 城乡社区（类）211,000.00)', async () => {
    const r = await run(HANGZHOU_TRANSPORT, [1, 13, 14, 27]);
    expect(r.facts!.claims.find((x) => x.subject === '城乡社区（类）支出')?.scope).toBe('gov_fund');
    expect(errors(r, 'claim-vs-table')).toEqual([]);
  });

  it('claim-cut-head: a sentence cut by a page break keeps its head (‘…；项目’ / ‘支出106,512.00万元，占26.3%’) and its share closes', async () => {
    const r = await run('wide/杭州/公安局_2026年部门预算.pdf', [6, 7]);
    const c = r.facts!.claims.filter((x) => x.amount?.text === '106512.00').map((x) => [x.metric, x.subject]);
    expect(c).toEqual([['project_expenditure', '项目支出'], ['project_share', '项目支出']]);
    expect([...errors(r, 'claim-share'), ...errors(r, 'claim-vs-table')]).toEqual([]);
  });

  it('near miss: a 类 in the sentence after ‘其中：’ is still a part of 项目支出, not the 类 total (长沙市公安局 pp. 8-9 against p. 15)', async () => {
    // '…项目支出…其中：一般公共服务支出3.00万元，主要用于…。公共安全支出40230.95万元，主要用于…'; 表 p. 15 prints 204 at 68,629.12 in all.
    const r = await run('wide/长沙/公安局_2026年部门预算.pdf', [1, 8, 9, 15]);
    expect(r.facts!.claims.find((x) => x.amount?.text === '40230.95')?.basis).toBe('project_expenditure');
    expect(errors(r, 'claim-vs-table')).toEqual([]);
  });
});
