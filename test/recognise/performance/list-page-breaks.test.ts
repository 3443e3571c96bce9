/**
 * Beijing's 项目支出绩效目标表 lists, cut from ../shared/corpus at test time: merged cells cut by page
 * breaks, names merged over several entries, and text the PDF clips out of view. Read off the pages
 * by hand (pdftoppm).
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/model/index.js';
import { recogniseProjects } from '../../../src/recognise/performance/index.js';
import { cutPages, laidOut } from '../../corpus-pages.js';

async function projectsOf(rel: string, pages: number[]): Promise<Project[]> {
  return recogniseProjects(await laidOut(await cutPages(rel, pages)));
}
const FAGAI = 'wide/北京/发展和改革局_2026年部门预算.pdf';
const SHUIWU = 'wide/北京/水务局_2026年部门预算.pdf';

describe('text clipped out of view is not read', () => {
  it('reads names and targets without the header or the neighbouring row glued in (发改 p.41)', async () => {
    const ps = await projectsOf(FAGAI, [41]);
    const names = ps.map((p) => p.name);
    expect(names).toContain('优化营商环境促进事务经费');
    expect(names.some((n) => n.includes('项目名称') || /项\d+目/.test(n))).toBe(false);
    const p = ps.find((x) => x.name === '“一带一路”建设促进事务经费')!;
    // 优，全部通过专家验收评审 as printed; the row above's overflow (性的优化提升建议) is clipped away.
    expect(p.indicators.find((i) => i.name === '研究成果通过专家评审验收')?.target).toBe('优，全部通过专家验收评审');
    expect(p.indicators.find((i) => i.name === '项目委托业务费预算控制数')?.target).toBe('≤15万元');
  }, 60_000);
});

describe('a merged cell cut by the page break', () => {
  it('joins a name whose code or whose amounts are on the other page (发改 pp.75-78)', async () => {
    const ps = await projectsOf(FAGAI, [75, 76, 77, 78]);
    const byName = (n: string) => ps.find((p) => p.name === n);
    expect(byName('框架协议采购专项业务')).toMatchObject({ code: '11000025T000003315028', annual: { total: { text: '51.801700' } } });
    expect(byName('北京市公共资源交易（综合）分平台信息化建设技术运维服务')?.annual.total?.text).toBe('119.160000');
    // Near miss: the next project at the top of p.78 prints its own code and stays a project of its own.
    expect(byName('北京市评标专家库管理系统运维服务')?.annual.total?.text).toBe('112.300000');
    expect(ps.map((p) => p.name).filter((n) => /^\d+[A-Z]?\d*$|^北京市公$/.test(n))).toEqual([]);
  }, 60_000);
});

describe('a name merged over several entries', () => {
  it('gives each entry with its own amount and goal the merged name, also those above the printed name (水务 pp.39-42)', async () => {
    const ps = await projectsOf(SHUIWU, [39, 40, 41, 42]);
    const entries = ps.filter((p) => p.name === '信息系统运维类项目').map((p) => p.annual.total?.text);
    expect(entries).toEqual(['65.574000', '29.742252', '85.156800', '10.514756', '64.196166', '80.500000', '12.563400', '42.466764', '26.448943', '41.383400']);
    expect(ps.some((p) => /^\d+\.\d+$/.test(p.name))).toBe(false);
    // Near miss: the next name starts a project of its own.
    expect(ps.find((p) => p.name === '培训类项目')?.annual.total?.text).toBe('198.000000');
  }, 60_000);
});

describe("rows below a merged name cell's bottom", () => {
  it('are the next project’s, whose name is printed on the next page (水务 pp.80-81), not the project above', async () => {
    const ps = await projectsOf(SHUIWU, [39, 80, 81]);
    const above = ps.find((p) => p.name === '北京市实行最严格水资源管理制度情况分析评价')!;
    expect(above.annual.total?.text).toBe('47.038550');
    expect(above.indicators.map((i) => i.name)).toContain('项目研究费用');
    expect(above.indicators.map((i) => i.name)).not.toContain('项目总成本');
    const next = ps.find((p) => p.name === '涉水空间重点监管对象遥感动态监测分析与应用')!;
    expect(next.annual.total?.text).toBe('467.827883');
    expect(next.indicators.find((i) => i.name === '项目总成本')?.target).toBe('≤467.82788万元');
  }, 60_000);
});
