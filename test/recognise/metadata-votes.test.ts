/**
 * Department, fiscal year and document type decided by votes over every place a document states them.
 * Each case cuts a few pages of a real PDF of ../shared/corpus at test time and names the cut so that the
 * mechanism under test is the only source of the field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitYears } from '../../src/recognise/meta-votes.js';
import { cutPages, pagesText, processFile, processPages } from '../corpus-pages.js';

const BEIJING_MEDICAL = 'wide/北京/医疗保障局_2026年部门预算.pdf';
const WUHAN_2026 = 'pdf/renwu/2026年武汉市信访局部门预算.pdf';
const cut = (src: string, pages: number[], name: string) => cutPages(src, pages, name);

describe('metadata by votes', () => {
  it('metadata-in-label-cell: the department from a 部门名称 cell and its neighbour, printed only on a later page', async () => {
    // p. 1 is the 收支总表 (no department anywhere); p. 27 the 部门整体支出绩效目标表 with 部门名称 | 北京市医疗保障局.
    const r = await processPages(BEIJING_MEDICAL, [1, 27], 'tables.pdf');
    expect(r.facts?.meta.department).toBe('北京市医疗保障局');
    expect(r.facts?.meta.sources.department).toBe('label');
    expect(r.facts?.meta.docType).toBe('budget');
  });

  it('metadata-from-file-name: department and year from the file name and its city folder when the pages name neither', async () => {
    // The 收支总表, 收入总表 and 支出总表 alone, filed as the download was: 北京/医疗保障局_2026年部门预算.pdf.
    const r = await processPages(BEIJING_MEDICAL, [1, 2, 3], join('北京', '医疗保障局_2026年部门预算.pdf'));
    expect(r.facts?.meta).toMatchObject({ department: '北京市医疗保障局', fiscalYear: 2026, docType: 'budget' });
    expect(r.facts?.meta.sources).toMatchObject({ department: 'file_name', fiscal_year: 'file_name' });
  });

  it('a label on the pages outvotes the file name (the folder’s 政府办公厅 file holds another unit’s tables)', async () => {
    const r = await processPages(BEIJING_MEDICAL, [1, 27], join('北京', '政府办公厅_2026年部门预算.pdf'));
    expect(r.facts?.meta.department).toBe('北京市医疗保障局');
  });

  it('labels that name someone else cast no vote: 主管部门 on project forms, a unit code before the name', async () => {
    // 福州市公安局交通管理支队: cover p. 1, project forms pp. 23-27 with 主管部门 | 福州市公安局 (its parent).
    const forms = await processPages('wide/福州/公安局交通警察局_2026年部门预算.pdf', [1, 23, 24, 25, 26, 27], 'forms.pdf');
    expect(forms.facts?.meta.department).toBe('福州市公安局交通管理支队');
    // 国家信访局 2024 决算: cover p. 1, self-evaluation forms pp. 30, 32, 34 naming '[292]国家信访局'.
    const coded = await processPages('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 30, 32, 34], 'final.pdf');
    expect(coded.facts?.meta.department).toBe('国家信访局');
  });

  it('metadata-chinese-numeral-year: 二〇二六年, 二○二六年 and 二零二六年 are years', async () => {
    expect(['二〇二六年三月', '二○二六年', '二零二六 年度'].map(digitYears)).toEqual(['2026年三月', '2026年', '2026 年度']);
    // The cover of 国家信访局's budget prints its title as '国家信访局 2026 年度部门预算' and its date as 二〇二六年三月.
    // Its real text with the title's year taken out: the date alone still gives the year.
    const pages = await pagesText(await cut(WUHAN_2026, [1, 2, 3], 'p1-3.pdf'), 'layout');
    expect(pages.replace(/\s+/g, '')).toContain('二〇二六年三月');
    expect(pages).toMatch(/2026\s*年度/);
    const r = await processFile('cover.txt', Buffer.from(pages.replace(/2026\s*年度/g, ''), 'utf8'));
    expect(r.facts?.meta.fiscalYear).toBe(2026);
    expect(r.facts?.meta.sources.fiscal_year).toBe('cover');
  });
});
