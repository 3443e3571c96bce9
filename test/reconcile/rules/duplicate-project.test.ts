import { describe, expect, it } from 'vitest';
import { duplicateProject as rule } from '../../../src/reconcile/rules/duplicate-project.js';
import { facts, indicator, project, runRule } from '../builders.js';

const inds = (who: string) => [
  indicator({ name: `按照（豫医保办[2019]28号）文件要求，预计对我区2021年7000名${who}进行财政补贴`, target: '按符合条件人数执行' }),
  indicator({ name: '每年对我区城乡居民医疗参保人员按时按年度进行财政补贴', target: '按年度工作计划，在规定时间内完成', level2: '时效指标' }),
];

describe('duplicate-project', () => {
  it('fires (warning) on the same project name listed twice', () => {
    const flags = runRule(rule, facts({ projects: [project({ name: '档案管理经费' }), project({ name: '档案管理 经费' })] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['duplicate-project', 'warning']]);
  });
  it('notes (info) two projects with the same funds and near-identical indicators', () => {
    const ps = [project({ name: '城乡医疗救助资金', mid: '714', annual: '217', indicators: inds('参保人员') }), project({ name: '医疗救助区级补助资金', mid: '714', annual: '217', indicators: inds('城乡居民医疗参保人员') })];
    expect(runRule(rule, facts({ projects: ps })).map((f) => [f.rule, f.severity])).toEqual([['duplicate-project', 'info']]);
  });
  it('does not take one name under two implementing units for a duplicate, and says how often a name repeats', () => {
    const units = [project({ name: '运行维护费', implementingUnit: '广州市生态环境局' }), project({ name: '运行维护费', implementingUnit: '广州市环境监测中心站' })];
    expect(runRule(rule, facts({ projects: units }))).toEqual([]);
    const thrice = [1, 2, 3].map(() => project({ name: '档案管理经费' }));
    const flags = runRule(rule, facts({ projects: thrice }));
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('出现了3次');
    expect(flags[0].evidence).toHaveLength(3);
  });
  it('does not fire on the same funds with different indicators', () => {
    const ps = [project({ name: 'a', annual: '40', indicators: inds('参保人员') }), project({ name: 'b', annual: '40', indicators: [indicator({ name: '完成上级下达的就业培训任务', target: '1200人次' })] })];
    expect(runRule(rule, facts({ projects: ps }))).toEqual([]);
  });
});
