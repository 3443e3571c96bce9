/**
 * Cross-classified tables (one row per function code x economic code: `2080506-机关事业单位职业年金 |
 * 50501-工资福利支出 | 30109-职业年金缴费 | amounts`), on pages of real PDFs cut at test time: every printed
 * row is kept with both codes, and the table's arithmetic is checked per function code and total, not as a
 * 类/款/项 hierarchy.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable, LineItem } from '../../../src/model/index.js';
import { runRule } from '../../../src/reconcile/index.js';
import { codeHierarchySum } from '../../../src/reconcile/rules/code-hierarchy-sum.js';
import { tableTotalSum } from '../../../src/reconcile/rules/table-total-sum.js';
import { itemsOf, type Item } from '../../../src/recognise/rows.js';
import { findSections } from '../../../src/recognise/sections.js';
import { recogniseCodedTable } from '../../../src/recognise/tables/coded-table.js';
import { cutPages, laidOut, processPages } from '../../corpus-pages.js';
import { wanToFen } from '../../helpers.js';

const read = async (rel: string, pages: number[]) => {
  const r = await processPages(rel, pages);
  return r.facts!;
};
const summary = (tables: readonly BudgetTable[]) => tables.find((t) => t.kind === 'expenditure_summary')!;
const totals = (t: BudgetTable) => t.lineItems.filter((li) => li.measure === 'total');
const identity = (t: BudgetTable, name: string) => t.parse?.identities.find((i) => i.identity === name);
const row = (items: readonly LineItem[], code: string, economic: string, gov: string) =>
  items.filter((li) => li.code === code && li.economicCode === economic && li.govEconomicCode === gov);

describe('cross-classified tables', () => {
  it('cross-classified-overflow-tail: a row whose function cell begins with the tail of the cell above keeps its own function code', async () => {
    // 北京市统计局 预算03表 支出总表, pp. 3 and 7: on p. 7 '2080506-机关事业单位职业年金缴费支出' wraps and its
    // second line runs into the cell below, which the grid reads as '缴费支出2080506-…' (and '缴费支出2101101-…').
    const t = summary((await read('wide/北京/统计局_2026年部门预算.pdf', [3, 7])).tables);
    const p7 = totals(t).filter((li) => li.amount.place.page === 2 && li.rowKind !== 'total');
    // The 16 rows printed on p. 7, every one under its function code with both economic codes.
    expect(p7).toHaveLength(16);
    expect(p7.every((li) => li.rowKind === 'detail' && li.classification === 'function' && /^2\d{6}$/.test(li.code ?? ''))).toBe(true);
    expect(row(p7, '2080506', '30109', '50501').map((li) => li.amount.fen)).toEqual([wanToFen('172.854000')]);
    expect(row(p7, '2101101', '30110', '50102').map((li) => li.amount.fen)).toEqual([wanToFen('556.415664')]);
    // The tail never begins the cell below. This PDF clips each cell, so the tail (缴费支出) is hidden on the printed
    // page and not read at all (text outside its clip is not shown); the printed code completes the name from the
    // code catalogue, and the item says so.
    expect(p7.some((li) => li.name.startsWith('缴费支出'))).toBe(false);
    expect(row(p7, '2080506', '30109', '50102')[0]).toMatchObject({ name: '机关事业单位职业年金缴费支出/30109-职业年金缴费', nameSource: 'catalogue' });
    // Near miss: cells that start with their own code (all of p. 3) are read as printed, nothing added.
    expect(new Set(totals(t).filter((li) => li.code === '2010501').map((li) => li.name.split('/')[0]))).toEqual(new Set(['行政运行']));
    // The 合计 row is kept, and equals the sum of every printed row of pp. 3 and 7 ... which it only does for
    // the whole table, so here it is just stored.
    expect(totals(t).filter((li) => li.rowKind === 'total').map((li) => li.amount.fen)).toEqual([wanToFen('50,927.950741')]);
  }, 30_000);

  it('cross-classified-function-carried-down: rows under a function cell merged over them (printed once) carry its code', async () => {
    // 北京市统计局 p. 3 prints the function code on every row. The same grid with the function cell left blank
    // on every row that repeats the code above (as a cell merged over its rows prints) must read the same.
    const path = await cutPages('wide/北京/统计局_2026年部门预算.pdf', [3]);
    const doc = await laidOut(path);
    const section = findSections(itemsOf(doc)).sections.find((s) => s.kind === 'expenditure_summary')!;
    let above = '';
    const merged: Item[] = section.items.map((it) => {
      if (it.kind !== 'row') return it;
      const fn = it.row.cells.find((c) => c.col === 0);
      const code = /^(2\d{6})-/.exec(fn?.text ?? '')?.[1] ?? '';
      const repeated = code !== '' && code === above;
      if (code) above = code;
      return repeated ? { ...it, row: { ...it.row, cells: it.row.cells.map((c) => (c.col === 0 ? { ...c, text: '' } : c)) } } : it;
    });
    const blanked = merged.filter((it, i) => it !== section.items[i]).length;
    expect(blanked).toBeGreaterThan(20);
    const opts = { key: 't', unit: '万元' as const, unitStated: true };
    const pairs = (items: Item[]) =>
      recogniseCodedTable({ ...section, items }, opts).lineItems.filter((li) => li.measure === 'total').map((li) => [li.rowKind, li.code, li.economicCode, li.govEconomicCode, li.amount.fen]);
    const printed = pairs(section.items);
    // The 22 rows p. 3 prints, all under 2010501 行政运行.
    expect(printed.filter(([kind]) => kind === 'detail')).toHaveLength(22);
    expect(pairs(merged)).toEqual(printed);
  }, 30_000);

  it('cross-classified-total-merged-cell: a 合计 figure printed in a cell merged over the last code column is the 合计 column', async () => {
    // 北京市水务局 预算03表, pp. 5 and 17: the 合计 row's first figure spans 部门支出经济分类科目 and 合计.
    const t = summary((await read('wide/北京/水务局_2026年部门预算.pdf', [5, 17])).tables);
    const total = t.lineItems.filter((li) => li.rowKind === 'total');
    expect(Object.fromEntries(total.filter((li) => li.amount.fen !== null).map((li) => [li.measure, li.amount.fen]))).toEqual({
      total: wanToFen('1,024,807.171785'),
      basic: wanToFen('186,874.722488'),
      project: wanToFen('837,932.449297'),
    });
  }, 30_000);

  it('cross-classified-total-of-rows: the total is checked against every printed row, and a table whose rows close is not flagged', async () => {
    // 北京市统计局 pp. 3-7: 116 printed rows; 合计 50,927.950741 = their sum (checked by hand on the page text).
    const facts = await read('wide/北京/统计局_2026年部门预算.pdf', [3, 4, 5, 6, 7]);
    const t = summary(facts.tables);
    expect(totals(t).filter((li) => li.rowKind === 'detail')).toHaveLength(116);
    expect(totals(t).some((li) => li.rowKind === 'item')).toBe(false);
    expect(identity(t, 'total_of_details')).toMatchObject({ checked: 3, satisfied: 3 });
    expect(identity(t, 'total_of_classes')).toBeUndefined();
    expect(runRule(tableTotalSum, facts).filter((f) => f.subject.startsWith(t.title))).toEqual([]);
  }, 60_000);

  it('cross-classified-total-of-rows fires: printed rows that fall short of the printed 合计 are reported', async () => {
    // 北京市政务服务和数据管理局 预算03表, pp. 3-6: the 120 printed rows sum to 79,094.952189 万元, the 合计 row
    // prints 101,605.173803 (the page text summed independently gives the same): the document's own gap.
    const facts = await read('wide/北京/政务服务和数据管理局_附件2：北京市政务服务和数据管理局2026年度部门预算报表.pdf', [3, 4, 5, 6]);
    const t = summary(facts.tables);
    expect(totals(t).filter((li) => li.rowKind === 'detail')).toHaveLength(120);
    const flags = runRule(tableTotalSum, facts).filter((f) => f.subject.startsWith(t.title) && f.severity === 'error');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags[0].message).toContain('101,605.173803');
    expect(flags[0].message).toContain('79,094.952189');
  }, 60_000);

  it('cross-classified-function-of-rows: a function row printed above its economic rows is checked against their sum', async () => {
    // 北京市统计局 p. 3: 22 rows of 2010501 行政运行, summing to 16,984.937047 万元 (page text, by hand). Beijing
    // prints no function row of its own in this table; a layout that does (a 2010501 row heading its economic
    // rows) is put together from the real rows: its stated 合计 is what the check compares with their sum.
    const facts = await read('wide/北京/统计局_2026年部门预算.pdf', [3]);
    const t = summary(facts.tables);
    const first = t.lineItems.find((li) => li.rowKind === 'detail' && li.measure === 'total')!;
    const withFunctionRow = (text: string) => {
      const { economicCode: _e, govEconomicCode: _g, ...cell } = first;
      const fnRow: LineItem = { ...cell, rowKind: 'item', name: '行政运行', amount: { ...first.amount, text, fen: wanToFen(text) } };
      return { ...facts, tables: [{ ...t, lineItems: [fnRow, ...t.lineItems.filter((li) => li.rowKind !== 'total')] }] };
    };
    expect(runRule(codeHierarchySum, withFunctionRow('16,984.937047'))).toEqual([]);
    const off = runRule(codeHierarchySum, withFunctionRow('16,985.937047'));
    expect(off.map((f) => [f.rule, f.subject])).toEqual([['code-hierarchy-sum', `${t.title}：2010501 行政运行`]]);
    expect(off[0].message).toContain('22个经济分类行');
  }, 30_000);
});
