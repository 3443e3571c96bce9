import { beforeAll, describe, expect, it } from 'vitest';
import type { Amount, Indicator, LaidOutDocument, Project } from '../../../src/model/index.js';
import { recogniseDepartmentTargets, recogniseProjects } from '../../../src/recognise/performance/index.js';
import { corpusPdf } from '../../../scripts/lib/corpus.js';
import { laidOut } from '../../corpus-pages.js';

/**
 * Performance-target tables of real PDFs (../shared/corpus/pdf, cut at test time where a few pages do), read off the PDFs by hand
 * (pdftotext -layout): the number of projects, exact funds, indicator counts and a few indicators.
 * The Guangzhou cut is pages 1-4 of 2026年广州市生态环境局部门预算.pdf (140 pages, 300 projects).
 */
const docs = new Map<string, LaidOutDocument>();
const FILES = {
  guangzhou: 'guangzhou-run-on-cells-p1-4.pdf',
  central: '2026年武汉市信访局部门预算.pdf',
  fuzhou: '2026年福州市医疗保障局部门预算.pdf',
  changsha: '2026年长沙市信访局部门预算.pdf',
  beijing: '司法局_附件2：北京市司法局2026年度部门预算报表.pdf',
  shanghai: '上海市普陀区万里街道2023年部门预算.pdf',
  xian: '应急管理局_2026年部门预算.pdf',
} as const;
type Doc = keyof typeof FILES;

beforeAll(async () => {
  for (const [key, file] of Object.entries(FILES)) {
    docs.set(key, await laidOut(await corpusPdf(file), undefined, file));
  }
}, 120_000);

const projectsOf = (d: Doc) => recogniseProjects(docs.get(d)!);
const deptOf = (d: Doc) => recogniseDepartmentTargets(docs.get(d)!);

/** Exact fen of a printed figure ('1,582.550000' 万元) without floats. */
function fen(printed: string, unit: '元' | '万元'): number {
  const [int, frac = ''] = printed.replace(/,/g, '').split('.');
  const places = unit === '万元' ? 6 : 2;
  return Number(int) * 10 ** places + Number((frac + '0'.repeat(places)).slice(0, places));
}
const fenOf = (a: Amount | null) => a?.fen ?? null;
const byName = (ps: Project[], name: string) => {
  const p = ps.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name} among ${ps.map((x) => x.name).join(', ')}`);
  return p;
};
const find = (p: Project, name: string, horizon: Indicator['horizon'] = 'annual') =>
  p.indicators.find((i) => i.name === name && i.horizon === horizon);

const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'];
const LEVEL2 = [
  '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
  '服务对象满意度指标', '经济成本指标', '社会成本指标', '生态环境成本指标',
];

describe('Guangzhou: one row per project, indicators run into one cell', () => {
  it('reads every project of pages 1-4 with its funds and spending unit', () => {
    const ps = projectsOf('guangzhou');
    const districts = ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '花都区', '番禺区', '从化区'];
    expect(ps.map((p) => p.name)).toEqual(districts.map((d) => `广州市镇（街）园区环保监督检查员经费（${d}）`));
    expect(ps.map((p) => p.annual.total?.text)).toEqual(['238.00', '619.50', '287.00', '478.90', '1592.50', '534.80', '879.20', '784.00']);
    expect(fenOf(ps[4].annual.total)).toBe(fen('1,592.50', '万元'));
    expect(fenOf(ps[1].annual.fiscal)).toBe(fen('619.50', '万元'));
    expect(ps[0].annual.other).toBeNull();
    expect(ps.every((p) => p.implementingUnit === '广州市生态环境局')).toBe(true);
    expect(ps[0].annualGoal).toMatch(/^通过开展广州市建立镇（街）园区环境保护监督检查员队伍/);
  });

  it('splits the run-on cell into six indicators, each with its mid-term and annual target', () => {
    const p = projectsOf('guangzhou')[0];
    expect(p.indicators.filter((i) => i.horizon === 'mid_term')).toHaveLength(6);
    expect(p.indicators.filter((i) => i.horizon === 'annual')).toHaveLength(6);
    expect(find(p, '项目专职环保员数量')).toMatchObject({ level1: '产出指标', level2: '数量指标', target: '≦核定人数' });
    expect(find(p, '专职环保员队伍管理规范化', 'mid_term')?.target).toBe('考察是否符合规范，合规得满分，不合规不得分');
    expect(find(p, '专职环保员队伍管理规范化')?.target).toBe('是');
    expect(find(p, '环保信访投诉办结率')).toMatchObject({ level1: '效益指标', level2: '社会效益指标', target: '≥90%' });
  });
});

describe('central government (国家信访局): one form per project, 一级/二级/三级 by column', () => {
  it('reads the three projects with their annual funds', () => {
    const ps = projectsOf('central');
    expect(ps.map((p) => [p.name, p.annual.total?.text, p.indicators.length])).toEqual([
      ['信息化运行维护', '2134.87', 9],
      ['信访综合保障经费', '2706.79', 11],
      ['信访业务培训', '118.01', 9],
    ]);
    expect(fenOf(ps[0].annual.fiscal)).toBe(fen('1,384.87', '万元'));
  });

  it('takes 指标值, not the score column, as the target', () => {
    const p = projectsOf('central')[0];
    expect(p.indicators[0]).toMatchObject({ level1: '成本指标', level2: '经济成本指标', name: '项目总成本', target: '≤2134.87万元' });
    expect(find(p, '设备/系统故障恢复时间')).toMatchObject({ level1: '产出指标', level2: '质量指标', target: '≤4小时' });
    expect(p.indicators.some((i) => /^\d+$/.test(i.target ?? ''))).toBe(false);
  });
});

describe('Fuzhou: 项目绩效目标表 with 资金总额', () => {
  it('reads all 13 forms with annual funds', () => {
    const ps = projectsOf('fuzhou');
    expect(ps).toHaveLength(13);
    // The first name runs over a page break ('…补助资' | '金').
    expect(ps[0].name).toBe('2026年医疗服务与保障能力提升补助资金');
    expect(fenOf(byName(ps, '城乡居民基本医疗保险补助（中央和省级补助资金）').annual.total)).toBe(fen('141405.00', '万元'));
    expect(fenOf(byName(ps, '市属困难企业在职职工财政补助').annual.total)).toBe(fen('7.14', '万元'));
    expect(ps.filter((p) => p.name === '综合工作经费').map((p) => p.annual.total?.text)).toEqual(['260.00', '1160.00', '66.50', '38.00']);
    expect(ps.every((p) => p.midTerm.total === null)).toBe(true);
  });

  it('reads the indicator grid', () => {
    const p = byName(projectsOf('fuzhou'), '外伤医疗费用结算审核服务费');
    expect(p.indicators).toHaveLength(7);
    expect(find(p, '服务覆盖率')).toMatchObject({ level1: '产出指标', level2: '数量指标', target: '=100%' });
    expect(find(p, '投诉业务部门不作为的投诉件数量')?.target).toBe('≤3件');
  });
});

describe('Changsha: project list with indicator columns, and the department table', () => {
  it('reads the four projects, joining a project continued on the next page', () => {
    const ps = projectsOf('changsha');
    expect(ps.map((p) => [p.name, p.annual.total?.text, p.indicators.length])).toEqual([
      ['基层及其他信访业务工作经费专项', '35.78', 16],
      ['人民来访接待中心及特护期运行专项', '10.22', 16],
      ['人民来访接待中心业务专项', '102.80', 23],
      ['信访业务工作专项', '138.11', 21],
    ]);
    // 指标值类型, 指标值 and 度量单位 printed in three columns.
    expect(find(ps[0], '经费分档精准率')).toMatchObject({ level1: '产出指标', level2: '质量指标', target: '≥95%' });
    expect(find(ps[0], '群众满意度')).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', target: '≥90%' });
  });

  it('reads the department-wide targets', () => {
    const [d, ...rest] = deptOf('changsha');
    expect(rest).toEqual([]);
    expect(d.name).toBe('部门整体支出');
    expect(d.implementingUnit).toBe('长沙市信访局');
    expect(fenOf(d.annual.total)).toBe(fen('1,935.36', '万元'));
    expect(d.indicators).toHaveLength(25);
    expect(d.indicators.every((i) => i.horizon === 'annual')).toBe(true);
    expect(find(d, '转办申诉求决类信访事项总量')).toMatchObject({ level1: '产出指标', level2: '数量指标', target: '≥10000件' });
  });
});

describe('Beijing 预算12表 / 预算13表', () => {
  it('reads all 30 projects of the list, also those whose merged cells a page break cut', () => {
    const ps = projectsOf('beijing');
    expect(ps).toHaveLength(30);
    expect(ps[0]).toMatchObject({ name: '法律援助办案补贴' });
    expect(fenOf(ps[0].annual.total)).toBe(fen('560.000000', '万元'));
    expect(ps[0].indicators).toHaveLength(3);
    const duty = byName(ps, '法律援助值班补贴');
    expect(fenOf(duty.annual.fiscal)).toBe(fen('1,582.550000', '万元'));
    expect(find(duty, '补贴值班律师人次')).toMatchObject({ level1: '产出指标', level2: '数量指标', target: '≥3.1万人次' });
    expect(byName(ps, '基层司法业务管理工作').indicators).toHaveLength(15);
    expect(fenOf(byName(ps, '依法治市法治政府建设').annual.total)).toBe(fen('278.449765', '万元'));
    // p. 27: the name, amount and goal cells run on from p. 26 and are printed without a top border; the
    // project's first row (法治政府建设宣传覆盖单位范围) is the last of p. 26, below 法援业务保障's cells.
    const research = byName(ps, '政府法治研究和法规规章汇编译审');
    expect(fenOf(research.annual.total)).toBe(fen('95.949000', '万元'));
    expect(research.indicators.map((i) => i.name)).toEqual([
      '法治政府建设宣传覆盖单位范围', '印刷合格率', '《法治政府建设》印刷量', '《法规规章汇编》印刷量', '《法治政府建设》印刷期数',
      '完成《北京市法规规章汇编》中文本编印工作', '《法治政府建设》印刷费预算控制数',
    ]);
    // pp. 45-46: the name cell is cut by the page break, '67866-北京市公共' above it, the rest below.
    const platform = byName(ps, '北京市公共法律网络平台升级改造项目');
    expect(fenOf(platform.annual.total)).toBe(fen('327.340000', '万元'));
    expect(platform.indicators.map((i) => i.target)).toEqual(['＝100%', '≥55%', '优', '≤19.5万元', '≤502.5万元', '≥90%']);
  });

  it('reads 绩效指标性质: 定性 makes an indicator qualitative, a comparator quantitative (p. 24)', () => {
    const aid = byName(projectsOf('beijing'), '法律援助办案补贴');
    expect(find(aid, '保障弱势群体权益')).toMatchObject({ target: '良好', nature: 'qualitative' });
    expect(aid.indicators.filter((i) => i.nature === 'quantitative').length).toBeGreaterThan(0);
  });

  it('reads the department-wide targets, splitting 一级二级三级 printed in one cell', () => {
    const [d] = deptOf('beijing');
    expect(d.implementingUnit).toBe('北京市司法局');
    expect(fenOf(d.annual.total)).toBe(fen('23,083.340436', '万元'));
    expect(fenOf(d.annual.fiscal)).toBe(fen('22,976.340436', '万元'));
    expect(d.indicators).toHaveLength(50);
    expect(d.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '北京市行政执法资格考试人数', target: '≤4500人次' });
    expect(find(d, '北京市行政执法资格考试成本')).toMatchObject({ level1: '成本指标', level2: '经济成本指标', target: '＝40元/人·次' });
  });
});

describe('Shanghai 财政项目支出绩效目标填报表', () => {
  it('reads the five forms with both horizons of funds in 元', () => {
    const ps = projectsOf('shanghai');
    expect(ps.map((p) => p.name)).toEqual(['新建万里街道社区公共服务中心', '就业援助基地补贴', '社区环境整治和建设经费', '各类工作经费', '公共服务设施运行经费']);
    expect(ps[0].annual.total).toMatchObject({ unit: '元', fen: fen('4,100,000.00', '元') });
    expect(fenOf(ps[0].midTerm.total)).toBe(fen('4,100,000.00', '元'));
    // As printed: 当年财政拨款 11,419,043.00 under a 年度资金申请总额 of 10,903,043.00.
    expect(fenOf(ps[4].annual.total)).toBe(fen('10,903,043.00', '元'));
    expect(fenOf(ps[4].annual.fiscal)).toBe(fen('11,419,043.00', '元'));
    expect(ps.map((p) => p.indicators.length)).toEqual([5, 4, 4, 43, 9]);
    expect(find(ps[0], '规划建筑面积')).toMatchObject({ level1: '产出指标', level2: '数量指标', target: '≥13459.00(平方米)' });
  });
});

describe("Xi'an 表14 部门整体支出绩效目标表", () => {
  it('reads the department total and all 107 indicators across four pages', () => {
    expect(projectsOf('xian')).toEqual([]);
    const [d] = deptOf('xian');
    expect(d.implementingUnit).toBe('西安市安全生产监督管理局');
    expect(fenOf(d.annual.total)).toBe(fen('3,643.37', '万元'));
    expect(d.indicators).toHaveLength(107);
    expect(d.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '指标1：保障完成情况', target: '100%' });
    expect(d.annualGoal).toMatch(/^目标1：全力保障人员经费/);
  });
});

describe('every document', () => {
  it('gives canonical levels', () => {
    for (const key of Object.keys(FILES) as Doc[]) {
      for (const p of projectsOf(key)) {
        for (const i of p.indicators) {
          expect(LEVEL1, `${key} ${p.name} ${i.name}`).toContain(i.level1);
          expect(LEVEL2, `${key} ${p.name} ${i.name}`).toContain(i.level2);
        }
      }
    }
  });
});
