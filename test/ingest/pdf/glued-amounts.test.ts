/**
 * Amounts whose decimals sit below their integer part leave the decimals in one text operator with the next
 * cell's integer part ('.64101,833'); pages of real PDFs of ../shared/corpus/wide cut at test time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { cutPages, pagesText } from '../../corpus-pages.js';

const run = (path: string) => processDocument(path, readFileSync(path), defaultSettings({ ocr: 'never' }));
const totalRow = (r: Awaited<ReturnType<typeof run>>) =>
  r.facts!.tables.find((t) => t.kind === 'income_summary')!.lineItems.filter((i) => i.rowKind === 'total').map((i) => i.amount.text);

describe('glued amounts', () => {
  it('glued-decimals-split-at-the-ruling-line: a run holding one cell’s decimals and the next cell’s integer part is two amounts', async () => {
    // 重庆市商务委员会 p. 9 收入总体情况表: 合计 prints 174,900 over .64; '.64101,833' ran into 一般公共预算拨款 101,833.84.
    const r = await run(await cutPages('wide/重庆/2026年重庆市商务委员会部门预算.pdf', [9]));
    expect(totalRow(r).slice(0, 3)).toEqual(['174900.64', '101833.84', '41534.73']);
    expect(r.flags.filter((f) => f.rule === 'table-total-sum' && f.severity === 'error')).toEqual([]);
  });

  it('near miss: amounts with six decimals, each in its own run, stay whole (北京市市场监督管理局 p. 10)', async () => {
    const runs = (await pagesText(await cutPages('wide/北京/市场监督管理局_2026年部门预算.pdf', [10]), 'raw')).split('\n');
    expect(runs.filter((t) => t === '98,333.670859')).toHaveLength(3);
    expect(runs.filter((t) => /\.\d*\d,\d/.test(t))).toEqual([]);
  });
});
