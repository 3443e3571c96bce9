/**
 * table-unread on real pages of 国家信访局's 2026 budget (../shared/corpus/pdf), extracted at test time.
 * Text pulled in raw order (pdftotext without -layout) keeps every figure of the 部门收入总表 and 部门支出总表
 * but not their rows: the tables are found, their figures cannot be placed, and that must be said, never
 * reported as empty. The same pages laid out are read; the empty 政府性基金 table with its note is not unread.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../../src/process-document.js';

const WUHAN_2026 = fileURLToPath(new URL('../../../../shared/corpus/pdf/renwu/2026年武汉市信访局部门预算.pdf', import.meta.url));
const text = (pages: string, layout: boolean) =>
  Buffer.from(execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', pages.split('-')[0], '-l', pages.split('-')[1], WUHAN_2026, '-'], { encoding: 'utf8' }));
const run = (name: string, bytes: Uint8Array) => processDocument(name, bytes, defaultSettings({ ocr: 'never' }));

describe('table-unread', () => {
  it('table-unread-partial: fires for tables whose figures are printed but not read, and the document is partial', async () => {
    const r = await run('wuhan-p6-7-raw.txt', text('6-7', false));
    const unread = r.facts!.tables.filter((t) => t.readStatus === 'unread');
    expect(unread.map((t) => t.title)).toEqual(expect.arrayContaining(['部门支出总表']));
    expect(unread.every((t) => !t.empty)).toBe(true);
    expect(r.status).toBe('partial');
    expect(r.error).toMatch(/部门支出总表/);
    const flags = r.flags.filter((f) => f.rule === 'table-unread');
    expect(flags.map((f) => [f.severity, f.subject])).toEqual(expect.arrayContaining([['info', '部门支出总表']]));
    expect(flags.every((f) => f.evidence[0]?.line !== undefined)).toBe(true);
  });

  it('near miss: the same pages laid out are read, and an empty table with its note is empty, not unread', async () => {
    const read = await run('wuhan-p6-7.txt', text('6-7', true));
    expect(read.facts!.tables.find((t) => t.title === '部门支出总表')?.readStatus).toBe('read');
    expect(read.flags.filter((f) => f.rule === 'table-unread' && f.subject === '部门支出总表')).toEqual([]);
    const empty = await run('wuhan-p14-15.txt', text('14-15', true));
    expect(empty.facts!.tables.map((t) => [t.kind, t.readStatus])).toEqual([['gov_fund', 'empty'], ['soe_capital', 'empty']]);
    expect(empty.flags.filter((f) => f.rule === 'table-unread')).toEqual([]);
  });
});
