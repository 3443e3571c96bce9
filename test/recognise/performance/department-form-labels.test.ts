import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutDocument } from '../../../src/model/index.js';
import { recogniseDepartmentTargets } from '../../../src/recognise/performance/index.js';
import { corpusFile } from '../../../scripts/lib/corpus.js';
import { laidOut, pageBytes } from '../../corpus-pages.js';

/**
 * Department-wide target forms whose labels sit beside their values rather than over them: Guangzhou's
 * 部门整体预算绩效目标申报表 (收入来源 | 预算金额 box: '财政拨款 | 92,008.68'; 总体绩效目标 beside its text; the
 * indicator block labelled 绩效指标 beside its 一级/二级/三级 columns) and Chongqing's 部门整体绩效目标表 (指标名称
 * with 指标性质 and 计量单位 columns, the goal under 当年整体绩效目标). Figures read off the pages (pdftotext -layout).
 */
const docs = new Map<string, LaidOutDocument>();
const CUTS = {
  guangzhou: { from: 'wide/广州/生态环境局_广州市生态环境局2026年部门整体预算绩效目标申报表.pdf.pdf', pages: [1] },
  chongqing: { from: 'wide/重庆/2026年重庆市气象局部门预算.pdf', pages: [19, 20] },
} as const;

beforeAll(async () => {
  for (const [key, cut] of Object.entries(CUTS)) {
    docs.set(key, await laidOut(`${key}.pdf`, await pageBytes(corpusFile(cut.from), cut.pages)));
  }
}, 60_000);

describe('department form: labels beside their values', () => {
  it('reads the funds box where each source label has its figure to its right', () => {
    const [d] = recogniseDepartmentTargets(docs.get('guangzhou')!);
    expect(d.scope).toBe('department');
    expect(d.implementingUnit).toBe('广州市生态环境局');
    expect(d.annual.fiscal?.text).toBe('92008.68');
    expect(d.annual.fiscal?.fen).toBe(92_008_680_000);
    expect(d.annual.other?.text).toBe('1577.77');
    // The form prints no total line (部门预算支出 by use and 收入来源 are two sides): none is made up.
    expect(d.annual.total).toBeNull();
    expect(d.annualGoal).toMatch(/^立足新发展阶段/);
  });

  it('takes 三级指标 as the names beside a 绩效指标 block label, and 年度指标值 as the target', () => {
    const [d] = recogniseDepartmentTargets(docs.get('guangzhou')!);
    expect(d.indicators).toHaveLength(25);
    expect(d.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '柴油车用油品抽检数量', target: '200个' });
    expect(d.indicators.at(-1)).toMatchObject({ level1: '成本指标', name: '“三公”经费控制率', target: '≤0%' });
    expect(d.indicators.every((i) => i.horizon === 'annual')).toBe(true);
  });

  it('reads 指标名称 with its comparator and unit columns, and the goal under its label across two pages', () => {
    const [d] = recogniseDepartmentTargets(docs.get('chongqing')!);
    expect(d.implementingUnit).toBe('重庆市气象局');
    expect(d.annualGoal).toMatch(/^1\.全力做好/);
    expect(d.indicators).toHaveLength(11);
    expect(d.indicators[0]).toMatchObject({ name: '气候预测准确率', target: '≥68%', nature: 'quantitative' });
    expect(d.indicators.at(-1)).toMatchObject({ name: '公众气象服务满意度', target: '≥90分' });
  });
});
