/**
 * The performance-form rules on real pages, cut from ../shared/corpus at test time and read by the real
 * pipeline (ingest, layout, recognise, reconcile): for each mechanism one page where the rule must fire and
 * one where it must not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/model/index.js';
import { processPages } from '../../corpus-pages.js';

const GUANGZHOU = 'pdf/renwu/2026年广州市生态环境局部门预算.pdf';

/** Flags of the cut pages; `read` names projects that must have been read (so a near miss can fail). */
async function flagsOf(rel: string, pages: number[], read: string[] = []): Promise<Flag[]> {
  const r = await processPages(rel, pages);
  const names = r.facts?.projects.map((p) => p.name) ?? [];
  for (const n of read) expect(names).toContain(n);
  return r.flags;
}
const subjects = (flags: readonly Flag[], rule: string) => flags.filter((f) => f.rule === rule).map((f) => f.subject);

describe('indicator-unmeasurable: a comparator against the budget is checkable (Guangzhou 是否超过预算 = 不超预算)', () => {
  let flags: Flag[] = [];
  beforeAll(async () => {
    flags = await flagsOf(GUANGZHOU, [1, 90, 116], ['土壤、固废污染防治经费']);
  }, 60_000);
  it('does not fire on a project whose only such target is 不超预算 (p.90), and still fires on 提升 (p.116)', () => {
    const fired = subjects(flags, 'indicator-unmeasurable');
    expect(fired).not.toContain('土壤、固废污染防治经费');
    expect(fired).toContain('水与海洋生态环境监管一次性专项服务');
  });
});

describe('cost-indicator-vs-funds: cost lines are parts of the funds; a line naming the whole holds the others', () => {
  it('fires where the parts add up to more than the funds (司法局 p.46: 19.5 + 502.5 against 327.34; the list header is on p.24)', async () => {
    const flags = await flagsOf('pdf/renwu/司法局_附件2：北京市司法局2026年度部门预算报表.pdf', [24, 45, 46]);
    expect(subjects(flags, 'cost-indicator-vs-funds')).toContain('北京市公共法律网络平台升级改造项目');
  }, 60_000);
  it('does not add a part to the whole it is part of (文化 p.39: 展览服务费 333.14 inside 项目预算控制总额 343.9027)', async () => {
    const flags = await flagsOf('wide/北京/文化广电旅游体育局_2026年部门预算.pdf', [35, 39], ['国内系列展']);
    expect(subjects(flags, 'cost-indicator-vs-funds')).not.toContain('国内系列展');
  }, 60_000);
  it('reads a unit cost (单次演练成本) as a rate, not a part (卫健委 p.45)', async () => {
    const flags = await flagsOf('wide/北京/卫生健康委员会_2026年部门预算.pdf', [39, 45], ['卫生应急队伍模块化建设演练培训项目']);
    expect(subjects(flags, 'cost-indicator-vs-funds')).not.toContain('卫生应急队伍模块化建设演练培训项目');
  }, 60_000);
});

describe('empty-table-unexplained in a file of tables only (Beijing 附件2: the narrative is another file)', () => {
  it('reports the empty 预算07表 as unresolved (info), not as a missing explanation (发改 p.18)', async () => {
    const flags = await flagsOf('wide/北京/发展和改革局_2026年部门预算.pdf', [1, 2, 3, 18]);
    const empty = flags.filter((f) => f.rule.startsWith('empty-table-unexplained'));
    expect(empty.map((f) => [f.rule, f.severity])).toEqual([['empty-table-unexplained-unresolved', 'info']]);
  }, 60_000);
});
