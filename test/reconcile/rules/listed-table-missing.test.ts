import { describe, expect, it } from 'vitest';
import { listedTableMissing as rule } from '../../../src/reconcile/rules/listed-table-missing.js';
import { facts, project, runRule, table } from '../builders.js';

const listed = [
  { title: '三、部门支出总体情况表', kind: 'expenditure_summary' as const, entry: 'table' as const, place: { line: 26 } },
  { title: '六、支出预算分类汇总表（按支出经济分类）', kind: 'gpb_basic_by_economic' as const, entry: 'table' as const, place: { line: 29 } },
  { title: '十一、预算项目支出绩效目标表', kind: 'project_performance' as const, entry: 'table' as const, place: { line: 34 } },
  { title: '十二、其他说明表', kind: 'other' as const, entry: 'table' as const, place: { line: 35 } },
];

describe('listed-table-missing', () => {
  it('fires once for each table the 目录 lists but the document lacks', () => {
    const flags = runRule(rule, facts({ listedTables: listed, tables: [table('expenditure_summary', '2021年部门支出总体情况表', [])], projects: [project({ name: '档案管理经费' })] }));
    expect(flags.map((f) => [f.rule, f.severity, f.subject])).toEqual([
      ['listed-table-missing', 'warning', '六、支出预算分类汇总表（按支出经济分类）'],
      ['listed-table-missing', 'warning', '十二、其他说明表'],
    ]);
    expect(flags[0].evidence).toEqual([{ line: 29, quote: '六、支出预算分类汇总表（按支出经济分类）' }]);
  });
  it('does not fire when every listed table is there (an "other" table matched by its title)', () => {
    const tables = [
      table('expenditure_summary', '2021年部门支出总体情况表', []),
      table('gpb_basic_by_economic', '2021年支出预算分类汇总表', []),
      table('other', '2021年其他说明表', []),
    ];
    expect(runRule(rule, facts({ listedTables: listed, tables, projects: [project({ name: '档案管理经费' })] }))).toEqual([]);
  });
  it('does not call the tables of a narrative-only file missing: one unresolved note (Beijing 附件1 情况说明)', () => {
    const flags = runRule(rule, facts({ listedTables: listed }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['listed-table-missing-unresolved', 'info']]);
    expect(flags[0].evidence).toHaveLength(4);
  });
});
