import { beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Project } from '../../../src/model/index.js';
import { recogniseProjects } from '../../../src/recognise/performance/index.js';
import { typeTarget, withTargetTypes } from '../../../src/recognise/performance/target-type.js';
import { indicatorUnmeasurable } from '../../../src/reconcile/rules/indicator-unmeasurable.js';
import { corpusPdf } from '../../../scripts/lib/corpus.js';
import { facts, runRule } from '../../reconcile/builders.js';
import { laidOut } from '../../corpus-pages.js';

/**
 * Targets (指标值) typed by the form recogniser on real Beijing list pages cut at test time, and what
 * indicator-unmeasurable makes of the kinds: pages read by hand with pdftotext -layout.
 */
const projects = new Map<string, Project[]>();

beforeAll(async () => {
  for (const name of ['beijing-qualitative-targets.pdf', 'beijing-unit-column-other.pdf']) {
    const path = await corpusPdf(name);
    const doc = await laidOut(path, undefined, name);
    projects.set(name, withTargetTypes(recogniseProjects(doc)));
  }
}, 60_000);

const project = (file: string, name: string) => {
  const p = projects.get(file)!.find((x) => x.name === name);
  if (!p) throw new Error(`no project ${name} in ${file}`);
  return p;
};
const indicator = (p: Project, name: string): Indicator => {
  const i = p.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name} in ${p.name}: ${p.indicators.map((x) => x.name).join(', ')}`);
  return i;
};
const flagsOf = (p: Project) => runRule(indicatorUnmeasurable, facts({ projects: [p] }));

describe('target typing: attainment and qualification of 定性 indicators', () => {
  it('types 一级指挥资质或副教授以上职称 (外聘常任指挥具备相应资质, 定性) as an attainment, so no flag', () => {
    const p = project('beijing-qualitative-targets.pdf', '聘任常任指挥');
    const i = indicator(p, '外聘常任指挥具备相应资质');
    expect(i.nature).toBe('qualitative');
    expect(i.targetType).toMatchObject({ kind: 'attainment', cue: 'qualification' });
    expect(flagsOf(p)).toEqual([]);
  });
  it('near miss: 有效提升 beside 达到活动要求 (组织参加非遗展示推广评审工作) is vague and fires for that indicator alone', () => {
    const p = project('beijing-qualitative-targets.pdf', '组织参加非遗展示推广评审工作');
    expect(indicator(p, '北京非遗知名度').targetType).toMatchObject({ kind: 'vague', cue: 'direction' });
    expect(indicator(p, '非遗传承人展示展演水平').targetType?.kind).toBe('attainment');
    const flags = flagsOf(p);
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('有1个绩效指标');
    expect(flags[0].message).toContain('有效提升');
  });
});

describe('target typing: grades', () => {
  it('types 效果良好 (旅游市场管理与质量提升项目, 定性) as a grade of the 优/良/中/差 scale', () => {
    const p = project('beijing-qualitative-targets.pdf', '旅游市场管理与质量提升项目');
    expect(indicator(p, '提升管理者合法合规经营意识').targetType).toMatchObject({ kind: 'grade' });
    expect(flagsOf(p)).toEqual([]);
  });
  it('near miss: 效果显著 is not a grade; 高 is one only where the grid says 定性', () => {
    expect(typeTarget({ name: '提升群众生态意识', target: '效果显著', nature: 'qualitative' }).kind).toBe('vague');
    expect(typeTarget({ name: '社会影响力', target: '高', nature: 'qualitative' }).kind).toBe('grade');
    expect(typeTarget({ name: '社会影响力', target: '高', nature: null }).kind).toBe('vague');
  });
});

describe('target typing: the 度量单位 column', () => {
  it('does not glue 其他 onto a word target: 排名前三 | 其他 reads 排名前三, a rank', () => {
    const p = project('beijing-unit-column-other.pdf', '北京市政府门户网站运维');
    const i = indicator(p, '国内各类政府网站评估名列前茅');
    expect(i.target).toBe('排名前三');
    expect(i.targetType?.kind).toBe('number');
    expect(flagsOf(p)).toEqual([]);
  });
});

describe('target typing: comparators against a base and vague directions', () => {
  it('types 较上年提升 and 高于升级改造前 as comparators, 有所提高 and 持续推进 as vague', () => {
    expect(typeTarget({ name: '职业健康知识知晓率', target: '较上年提升', nature: 'qualitative' }).kind).toBe('comparator');
    expect(typeTarget({ name: '支持项目经营状况', target: '销售额和客流量等指标高于升级改造前', nature: 'qualitative' }).kind).toBe('comparator');
    expect(typeTarget({ name: '固体废物污染防治能力', target: '有所提高', nature: null }).kind).toBe('vague');
    expect(typeTarget({ name: '工作推进', target: '持续推进', nature: null }).kind).toBe('vague');
  });
  it('a target that is only a unit word is a doubtful reading: vague with low confidence, reported as unresolved', () => {
    const t = typeTarget({ name: '水利工程维修养护', target: '万元', nature: null });
    expect(t.kind).toBe('vague');
    expect(t.confidence).toBeLessThan(0.5);
  });
});
