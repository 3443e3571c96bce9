/**
 * Table kinds decided by what the table holds, and the 目录 read entry by entry, on pages of real PDFs of
 * ../shared/corpus/wide cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../corpus-pages.js';


describe('table kinds', () => {
  it('project-table-not-summary: 项目支出 tables are kept as other tables, never a second expenditure summary or basic table', async () => {
    // 广州市信访局: p. 2 目录, p. 8 本年支出总体情况表, p. 14 一般公共预算项目支出情况表（按经济分类科目）,
    // p. 19 部门预算项目支出及其他支出预算表. The 目录 lists both project tables: they are kept, read or named unread.
    const r = await processPages('wide/广州/信访局_2026年部门预算.pdf', [2, 8, 14, 19]);
    const kinds = r.facts!.tables.map((t) => [t.title, t.kind]);
    expect(kinds).toEqual([
      ['本年支出总体情况表', 'expenditure_summary'],
      ['一般公共预算项目支出情况表（按经济分类科目）', 'other'],
      ['部门预算项目支出及其他支出预算表', 'other'],
    ]);
    expect(r.facts!.tables.every((t) => t.readStatus !== 'empty')).toBe(true);
    expect(r.facts!.listedTables.filter((l) => /项目支出/.test(l.title)).map((l) => l.kind)).toEqual(['other', 'other']);
  });

  it('slice-tables-not-summary: 机关运行经费 and 政府采购 tables are other tables, the 支出总表 the only summary', async () => {
    // 苏州市交通运输局: p. 10 支出总表, p. 25 一般公共预算机关运行经费支出预算表 (economic codes), p. 26 政府采购支出表.
    const r = await processPages('wide/苏州/交通运输局_2026年部门预算.pdf', [1, 10, 25, 26]);
    expect(r.facts!.tables.map((t) => [t.title, t.kind])).toEqual([
      ['支出总表', 'expenditure_summary'],
      ['一般公共预算机关运行经费支出预算表', 'other'],
      ['政府采购支出表', 'other'],
    ]);
    // Kept, with their rows: the 目录 lists them, and what they print is not dropped.
    expect(r.facts!.tables.find((t) => t.title === '一般公共预算机关运行经费支出预算表')?.readStatus).toBe('read');
  });

  it('toc-two-entries: a 目录 line holding two entries lists two tables', async () => {
    // 上海市交通运输局 p. 2: entries 8 and 9 of the 目录 come out of the layout as one line.
    const r = await processPages('wide/上海/2026年上海市交通运输局_部门预算.pdf', [1, 2]);
    const listed = r.facts!.listedTables.map((l) => [l.title, l.kind]);
    expect(listed).toContainEqual(['2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'gpb_basic_by_economic']);
    expect(listed).toContainEqual(['2026年单位“三公”经费和机关运行经费预算表', 'three_public']);
    expect(listed).toHaveLength(9);
  });

  it('toc-two-entries: entries run together with their dotted leaders list each table, not the run', async () => {
    // 国家信访局 2024 决算 p. 2: '部门职责……2二、机构设置……3第二部分国家信访局2024年度部门决算表' then the tables.
    const r = await processPages('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 2]);
    const titles = r.facts!.listedTables.map((l) => l.title);
    expect(titles).toContain('收入支出决算总表');
    expect(titles.filter((t) => /[.…]{3}|部分/.test(t))).toEqual([]);
  });

  it('toc-part-entry: a 目录 line naming the whole table part is typed a part, the tables under it tables', async () => {
    // 杭州市交通运输局 p. 2 lists '2026年杭州市交通运输局预算公开表' above its tables: no single table answers it.
    const r = await processPages('wide/杭州/交通运输局_2026年部门预算.pdf', [1, 2]);
    expect(r.facts!.listedTables.map((l) => [l.title, l.entry])).toEqual([['2026年杭州市交通运输局预算公开表', 'part']]);
    // Near miss: 上海市交通运输局's entries also end in 预算表, but each names its table's content.
    const sh = await processPages('wide/上海/2026年上海市交通运输局_部门预算.pdf', [1, 2]);
    expect(sh.facts!.listedTables.filter((l) => l.entry === 'table')).toHaveLength(9);
  });
});
