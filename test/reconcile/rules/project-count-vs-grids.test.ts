import { describe, expect, it } from 'vitest';
import { projectCountVsGrids as rule } from '../../../src/reconcile/rules/project-count-vs-grids.js';
import { claim, facts, project, runRule } from '../builders.js';

const text = '支出项目共3个，支出总额3104.97万元，其中预算支出100万元及100万元以上项目2个，支出总额1636万元。';
const claims = (count: number, large: number, funds: string) => [
  { ...claim({ metric: 'project_count', subject: '支出项目共', text }), count },
  { ...claim({ metric: 'large_project_count', subject: '其中预算支出100万元及100万元以上项目', text }), count: large },
  claim({ metric: 'large_project_funds', subject: '支出总额', amount: funds, text }),
];
const projects = [project({ name: 'a', annual: '936' }), project({ name: 'b', annual: '700' }), project({ name: 'c', annual: '48.6' })];

describe('project-count-vs-grids', () => {
  it('fires when the stated counts or the large projects’ total disagree with the grids', () => {
    expect(runRule(rule, facts({ claims: claims(4, 2, '1636'), projects })).map((f) => f.subject)).toEqual(['项目个数']);
    expect(runRule(rule, facts({ claims: claims(3, 3, '1636'), projects })).map((f) => f.subject)).toEqual(['100万元以上项目']);
    expect(runRule(rule, facts({ claims: claims(3, 2, '1684.6'), projects })).map((f) => [f.rule, f.actual])).toEqual([['project-count-vs-grids', '1,684.6万元']]);
  });
  it('does not fire when the narrative matches the grids (Luoyang: 23 projects, 6 of 100万元 or more, 2759.6万元)', () => {
    expect(runRule(rule, facts({ claims: claims(3, 2, '1636'), projects }))).toEqual([]);
  });
});
