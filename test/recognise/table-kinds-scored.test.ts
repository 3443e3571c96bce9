/**
 * Table kinds decided by what the table holds, and the 目录 read entry by entry, on pages of real PDFs of
 * ../shared/corpus/wide cut at test time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../src/process-document.js';
import { cutPages } from '../corpus-pages.js';

const run = (path: string) => processDocument(path, readFileSync(path), defaultSettings({ ocr: 'never' }));

describe('table kinds', () => {
  it('project-table-not-summary: 项目支出 tables are kept as other tables, never a second expenditure summary or basic table', async () => {
    // 广州市信访局: p. 8 本年支出总体情况表, p. 14 一般公共预算项目支出情况表（按经济分类科目）, p. 19 部门预算项目支出及其他支出预算表.
    const r = await run(await cutPages('wide/广州/信访局_2026年部门预算.pdf', [8, 14, 19]));
    const kinds = r.facts!.tables.map((t) => [t.title, t.kind]);
    expect(kinds).toEqual([
      ['本年支出总体情况表', 'expenditure_summary'],
      ['一般公共预算项目支出情况表（按经济分类科目）', 'other'],
      ['部门预算项目支出及其他支出预算表', 'other'],
    ]);
  });

  it('slice-tables-not-summary: 机关运行经费 and 政府采购 tables are other tables, the 支出总表 the only summary', async () => {
    // 苏州市交通运输局: p. 10 支出总表, p. 25 一般公共预算机关运行经费支出预算表 (economic codes), p. 26 政府采购支出表.
    const r = await run(await cutPages('wide/苏州/交通运输局_2026年部门预算.pdf', [1, 10, 25, 26]));
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
    const r = await run(await cutPages('wide/上海/2026年上海市交通运输局_部门预算.pdf', [1, 2]));
    const listed = r.facts!.listedTables.map((l) => [l.title, l.kind]);
    expect(listed).toContainEqual(['2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'gpb_basic_by_economic']);
    expect(listed).toContainEqual(['2026年单位“三公”经费和机关运行经费预算表', 'three_public']);
    expect(listed).toHaveLength(9);
  });
});
