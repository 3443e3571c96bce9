import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/text/ingest-text.js';
import { layoutDocument } from '../../../src/layout/index.js';
import { Project } from '../../../src/model/index.js';
import { recogniseProjects } from '../../../src/recognise/performance/index.js';

const FILE = '洛阳高新区人力资源和社会保障局2021年部门预算.txt';
const WAN = 1_000_000; // fen per 万元

/**
 * Read off the fixture by hand (lines 252-889): name, 中期/年度资金总额 in 万元 (null: not printed),
 * ticked attribute, 联系电话 as printed. Every form prints 起 2021年1月 / 止 2021年12月.
 */
const EXPECTED: [string, number | null, number | null, Project['attribute'], string | null][] = [
  ['档案管理经费', 18, 6, '延续', '64330039'],
  ['城镇居民医疗区级配套资金', 3042, 936, null, '64316861'], // only 新增 and 一次性 printed, neither ticked
  ['城乡困难群众参加补充医疗保险', 126, 40, '延续', '64316861'],
  ['城乡医疗救助资金', 714, 217, '延续', '64316861'],
  ['困难群众大病补充医疗保险区级配套资金', 112.5, 35, '延续', '64316861'],
  ['医疗保险宣传培训经费', 60, 20, '延续', '64316861'],
  ['医疗救助区级补助资金', 714, 217, '延续', '64316861'],
  ['中高级职称评审工作经费', 145.8, 48.6, '延续', '0379-64330039'],
  ['城乡居民养老保险区级基础养老金补贴', 1591.2, 489.6, '延续', '64155501'],
  ['城乡居民养老区级缴费补贴', 39.75, 12.5, '延续', '64155501'],
  ['城乡居民养老五保伤残政府代缴', 135, 45, '延续', '64155501'],
  ['社保专干补贴', 2.88, 0.96, '延续', '15139997257'],
  ['公开招聘费用', 90, 30, '延续', '64330039'],
  ['招才引智经费', 43.8, 14.6, '延续', '64330039'],
  ['公岗人员劳务派遣管理费', 3, 1, '延续', '1.39E+10'],
  ['建档立卡贫困户转移就业务工奖励', 600, 200, null, '1.39E+10'],
  ['劳动争议和社会保障', 48, 16, '延续', '64606961'],
  ['软件维护费经费', 2, null, '延续', null], // 年度资金总额 and 联系电话 left blank
  ['办公补助经费', 12, 4, '延续', '64316881'],
  ['再就业区级配套资金', 120, 40, null, '13938821618'],
  ['职业年金虚账记实缴费', 2100, 700, '延续', '64316881'],
  ['第一书记驻村补贴费', 10.8, 3.6, '延续', '18103796768'],
  ['专场招聘会工作经费', null, 5, null, '1.39E+10'], // 中期资金总额 left blank
];

/** Exact fen of a figure in 万元 without floats: 112.5 -> '112.5' -> 112500000. */
function fenOf(wan: number | null): number | null {
  if (wan === null) return null;
  const [int, frac = ''] = String(wan).split('.');
  return Number(int) * WAN + Number((frac + '000000').slice(0, 6));
}

let projects: Project[];
const byName = (name: string) => {
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name}`);
  return p;
};
const count = (p: Project, horizon: 'mid_term' | 'annual') => p.indicators.filter((i) => i.horizon === horizon).length;

beforeAll(() => {
  const doc = layoutDocument(ingestText(readFileSync(new URL(`../../../fixtures/documents/${FILE}`, import.meta.url)), FILE));
  projects = recogniseProjects(doc);
});

describe('recogniseProjects on the Luoyang HR bureau 2021 budget', () => {
  it('finds the 23 forms in document order, each a valid Project', () => {
    expect(projects.map((p) => p.name)).toEqual(EXPECTED.map((e) => e[0]));
    for (const p of projects) expect(Project.safeParse(p).success).toBe(true);
  });

  it.each(EXPECTED)('%s: totals, attribute, phone, dates', (name, mid, annual, attribute, phone) => {
    const p = byName(name);
    expect(p.midTerm.total?.fen ?? null).toBe(fenOf(mid));
    expect(p.annual.total?.fen ?? null).toBe(fenOf(annual));
    if (mid !== null) expect(p.midTerm.total?.unit).toBe('万元');
    expect(p.attribute).toBe(attribute);
    expect(p.phone).toBe(phone);
    expect(p.startDate).toBe('2021-01-01');
    expect(p.endDate).toBe('2021-12-31');
    expect(count(p, 'mid_term')).toBeGreaterThan(0);
    expect(count(p, 'annual')).toBeGreaterThan(0);
  });

  it('reads the labelled fields of the first form', () => {
    const p = byName('档案管理经费');
    expect(p).toMatchObject({
      implementingUnit: '高新区人力资源和社会保障局',
      periodText: '2021年',
      startText: '2021年1月',
      endText: '2021年12月',
      manager: '姚燕青',
      legalBasis: '省、市档案管理规范',
      place: { line: 253 },
    });
    expect(p.overview).toMatch(/^依据档案管理相关要求/);
    expect(p.midTermGoal).toMatch(/^整理、管理好档案室/);
    expect(p.annualGoal).toMatch(/^人事档案是人事工作/);
    expect(p.midTerm.fiscal?.fen).toBe(18 * WAN);
    expect(p.annual.fiscal?.fen).toBe(6 * WAN);
    expect(p.midTerm.other).toBeNull(); // 其他资金 printed blank
    expect(p.midTerm.total).toMatchObject({ text: '18', unit: '万元', decimals: 0, place: { line: 260 } });
    expect(p.fieldPlaces).toMatchObject({
      name: { line: 255 },
      period: { line: 255 },
      start: { line: 256 },
      end: { line: 257 },
      manager: { line: 256 },
      phone: { line: 257 },
      attribute: { line: 256 },
      midTerm: { line: 260 },
      annual: { line: 260 },
      indicators: { line: 265 },
      unit: { line: 254 },
    });
  });

  it('keeps printed oddities as printed: period text, spaced months, a 0 other-funds figure', () => {
    expect(byName('办公补助经费').periodText).toBe('2016年度');
    expect(byName('软件维护费经费').periodText).toBe('2020');
    expect(byName('社保专干补贴').startText).toBe('2021年 1月');
    expect(byName('公开招聘费用').midTerm.other).toMatchObject({ text: '0', fen: 0 });
    expect(byName('第一书记驻村补贴费').annual.fiscal).toBeNull(); // 其中：财政拨款 left blank on the annual side
    expect(byName('劳动争议和社会保障').implementingUnit).toBeNull(); // only a date follows the label
  });

  it('reads the 档案管理 grid: 3 数量 rows, the truncated 服务对象满意 label on the mid-term side only', () => {
    const p = byName('档案管理经费');
    expect(count(p, 'mid_term')).toBe(13);
    expect(count(p, 'annual')).toBe(11);
    const quantity = p.indicators.filter((i) => i.horizon === 'annual' && i.level2 === '数量指标');
    expect(quantity.map((i) => i.name)).toEqual([
      '1: 更换档案柜50个，档案盒500个，档案袋5000个',
      '2: 增加净化器、打孔机各1台',
      '3: 增加文档装订机、碎纸机',
    ]);
    const satisfaction = p.indicators.filter((i) => i.level2 === '服务对象满意度指标');
    expect(satisfaction).toHaveLength(2);
    expect(satisfaction.every((i) => i.horizon === 'mid_term' && i.level1 === '满意度指标')).toBe(true);
    // '可持续' is a target here, not a truncated label.
    expect(p.indicators.find((i) => i.level2 === '可持续影响指标')?.target).toBe('可持续');
  });

  it('reads the shifted 医疗救助区级补助资金 grid by its labels, both horizons', () => {
    const p = byName('医疗救助区级补助资金');
    expect(count(p, 'mid_term')).toBe(10);
    expect(count(p, 'annual')).toBe(9); // the annual 成本指标 row has labels but no text
    const annualLevel2 = p.indicators.filter((i) => i.horizon === 'annual').map((i) => i.level2);
    expect(annualLevel2).toEqual([
      '数量指标', '时效指标', '质量指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
      '服务对象满意度指标', '服务对象满意度指标',
    ]);
    const timely = p.indicators.filter((i) => i.level2 === '时效指标');
    expect(timely.map((i) => [i.horizon, i.level1, i.target, i.place.line])).toEqual([
      ['mid_term', '产出指标', '按年度工作计划，在规定时间内完成', 433],
      ['annual', '产出指标', '按年度工作计划，在规定时间内完成', 433],
    ]);
    const cost = p.indicators.find((i) => i.level2 === '成本指标');
    expect(cost).toMatchObject({ horizon: 'mid_term', target: '不超过714万元', place: { line: 435 } });
    // 经济效益 with the 一级 label missing: 效益指标 is inferred.
    expect(p.indicators.filter((i) => i.level2 === '经济效益指标').map((i) => i.level1)).toEqual(['效益指标', '效益指标']);
  });

  it('reads the broken-up 办公补助经费 form across blank lines, rule lines and text lines', () => {
    const p = byName('办公补助经费');
    expect(p).toMatchObject({
      implementingUnit: '高新区人力资源和社会保障局',
      overview: '为更好服务区参保企业、城乡居民办理社会保险业务，提高服务水平。',
      legalBasis: '工作补助经费请示',
      manager: '张丹',
      startText: '2021 年 1 月',
    });
    expect(p.midTermGoal).toBe(p.annualGoal);
    expect(count(p, 'mid_term')).toBe(10);
    expect(count(p, 'annual')).toBe(9); // the annual 数量指标 has no text
    // The 产出指标 label sits on the 时效 row (a merged cell); the 数量 row above still gets it.
    expect(p.indicators[0]).toMatchObject({ horizon: 'mid_term', level1: '产出指标', level2: '数量指标', target: '完成' });
    expect(p.indicators.filter((i) => i.level2 === '服务对象满意度指标').map((i) => [i.horizon, i.name])).toEqual([
      ['mid_term', '1:企业和居民对社会保险工作满意'],
      ['annual', '1:企业和居民对社会保险工作满意'],
      ['mid_term', '2:各项工作按时完成'],
      ['annual', '2:各项工作按时完成'],
    ]);
  });

  it('keeps the 1000% satisfaction target of 招才引智经费 in the indicator text', () => {
    const p = byName('招才引智经费');
    const sat = p.indicators.filter((i) => i.level2 === '服务对象满意度指标');
    expect(sat).toHaveLength(2);
    for (const i of sat) {
      expect(i.name).toBe('指标1：参会嘉宾、企业满意度1000%');
      expect(i.target).toBeNull();
      expect(i.place.line).toBe(634);
    }
  });

  it('splits unlabelled continuation rows shifted left (城乡医疗救助资金, 社保专干补贴)', () => {
    const relief = byName('城乡医疗救助资金');
    expect(count(relief, 'mid_term')).toBe(10);
    expect(count(relief, 'annual')).toBe(10);
    const staff = byName('社保专干补贴');
    expect(count(staff, 'mid_term')).toBe(16);
    expect(count(staff, 'annual')).toBe(16);
    expect(staff.indicators.filter((i) => i.place.line === 580).map((i) => [i.horizon, i.level2])).toEqual([
      ['mid_term', '服务对象满意度指标'],
      ['annual', '服务对象满意度指标'],
    ]);
    const cost = staff.indicators.filter((i) => i.level2 === '成本指标').map((i) => i.target);
    expect(cost).toEqual(['37.056', '12.352']);
  });

  it('joins an enumerator cell to the text spilled into the next cell', () => {
    const p = byName('公岗人员劳务派遣管理费');
    const sat = p.indicators.filter((i) => i.level2 === '服务对象满意度指标');
    expect(sat.map((i) => i.name)).toEqual([
      '指标1：对符合条件就业困难人员的保障率达到',
      '指标1：对符合条件就业困难人员的保障率达到',
      '指标2：对符合条件就业困难人员的工资社保按时',
      '指标2：对符合条件就业困难人员的工资社保按时',
    ]);
  });
});
