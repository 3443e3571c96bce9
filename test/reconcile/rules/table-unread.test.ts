/**
 * table-unread on real pages of 国家信访局's 2026 budget (../shared/corpus/pdf), extracted at test time.
 * Text pulled in raw order (each run on its own line, as extraction without layout writes it) keeps every figure of the 部门收入总表 and 部门支出总表
 * but not their rows: the tables are found, their figures cannot be placed, and that must be said, never
 * reported as empty. The same pages read from the PDF are read; the empty 政府性基金 table with its note is not unread.
 */
import { describe, expect, it } from 'vitest';
import { cutPages, pagesText, processFile, processPages } from '../../corpus-pages.js';

const WUHAN_2026 = 'pdf/renwu/2026年武汉市信访局部门预算.pdf';
const pdf = (pages: number[]) => processPages(WUHAN_2026, pages);

describe('table-unread', () => {
  it('table-unread-partial: fires for tables whose figures are printed but not read, and the document is partial', async () => {
    const r = await processFile('wuhan-p6-7-raw.txt', Buffer.from(await pagesText(await cutPages(WUHAN_2026, [6, 7]), 'raw'), 'utf8'));
    const unread = r.facts!.tables.filter((t) => t.readStatus === 'unread');
    expect(unread.map((t) => t.title)).toEqual(expect.arrayContaining(['部门支出总表']));
    expect(unread.every((t) => !t.empty)).toBe(true);
    expect(r.status).toBe('partial');
    expect(r.error).toMatch(/部门支出总表/);
    const flags = r.flags.filter((f) => f.rule === 'table-unread');
    expect(flags.map((f) => [f.severity, f.subject])).toEqual(expect.arrayContaining([['info', '部门支出总表']]));
    expect(flags.every((f) => f.evidence[0]?.line !== undefined)).toBe(true);
  });

  it('near miss: the same pages read from the PDF are read, and an empty table with its note is empty, not unread', async () => {
    const read = await pdf([6, 7]);
    expect(read.facts!.tables.find((t) => t.title === '部门支出总表')?.readStatus).toBe('read');
    expect(read.flags.filter((f) => f.rule === 'table-unread' && f.subject === '部门支出总表')).toEqual([]);
    const empty = await pdf([14, 15]);
    expect(empty.facts!.tables.map((t) => [t.kind, t.readStatus])).toEqual([['gov_fund', 'empty'], ['soe_capital', 'empty']]);
    expect(empty.flags.filter((f) => f.rule === 'table-unread')).toEqual([]);
  });
});
