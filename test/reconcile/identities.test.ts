/**
 * The identities the sum rules judge and corpus-health counts (src/reconcile/identities.ts), on real pages
 * cut at test time: each mechanism that decides what is a whole and what its parts, with the printed page
 * (whose figures close: no error) and the same page with one figure changed (the rule must fire).
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable, DocumentFacts, LineItem } from '../../src/model/index.js';
import { hierarchyIdentities, outcomeOf, splitIdentities, threePublicIdentities } from '../../src/reconcile/identities.js';
import { runRule } from '../../src/reconcile/index.js';
import { codeHierarchySum } from '../../src/reconcile/rules/code-hierarchy-sum.js';
import { rowSplitSum } from '../../src/reconcile/rules/row-split-sum.js';
import { threePublicSum } from '../../src/reconcile/rules/three-public-sum.js';
import { makeAmount } from '../../src/util/money.js';
import { tableIdentities } from '../../scripts/lib/identities.js';
import { processPages } from '../corpus-pages.js';

const read = new Map<string, Promise<DocumentFacts>>();
/** The facts the reader gives for pages of a corpus file (read once per file and pages; tests change copies). */
function factsOf(rel: string, pages: number[]): Promise<DocumentFacts> {
  const key = `${rel}|${pages.join(',')}`;
  if (!read.has(key)) {
    read.set(key, (async () => {
      return (await processPages(rel, pages)).facts!;
    })());
  }
  return read.get(key)!;
}

/** The table with one printed cell changed to `text`. */
function changed(table: BudgetTable, pick: (li: LineItem) => boolean, text: string): BudgetTable {
  const target = table.lineItems.find(pick);
  expect(target, 'the cell to change').toBeDefined();
  return { ...table, lineItems: table.lineItems.map((li) => (li === target ? { ...li, amount: makeAmount(text, li.amount.unit, li.amount.place) } : li)) };
}

const errors = (flags: { severity: string; subject: string }[]) => flags.filter((f) => f.severity === 'error').map((f) => f.subject);
const withTable = (facts: DocumentFacts, table: BudgetTable): DocumentFacts => ({ ...facts, tables: facts.tables.map((t) => (t.key === table.key ? table : t)) });

describe('identity-share-column-not-addend', () => {
  // 深圳市生态环境局 支出总表 p.95: 支出总计 = 基本 + 项目 on every row; 事业单位经营支出 (no 其中 header) is a
  // share of the row (住房公积金 125.32, all of it 经营支出), 对附属单位补助 and 上缴上级 beside it.
  const read = () => factsOf('pdf/renwu/2026年深圳市生态环境局部门预算.pdf', [95]);
  const isTotalSplit = (s: { name: string }) => s.name === '合计 = 基本 + 项目';

  it('takes 事业单位经营支出 for a share of 合计, not an addend, because 合计 = 基本 + 项目 on every row', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'expenditure_summary')!;
    expect(table.lineItems.some((li) => li.measure === 'operating_expenditure' && li.code === '2210201' && li.amount.text === '125.32')).toBe(true);
    const splits = splitIdentities(table).filter(isTotalSplit);
    expect(splits.length).toBeGreaterThanOrEqual(10);
    expect(new Set(splits.map((s) => s.split.children.join('+')))).toEqual(new Set(['basic+project']));
    expect(splits.filter((s) => outcomeOf(s) === 'fails')).toEqual([]);
    expect(errors(runRule(rowSplitSum, facts))).toEqual([]);
    // The measure counts the same identities.
    expect(tableIdentities(table).filter((r) => r.outcome === 'fails')).toEqual([]);
  });

  it('takes them for addends where the rows print 合计 = 基本 + 项目 + the extra columns', async () => {
    const table = (await read()).tables.find((t) => t.kind === 'expenditure_summary')!;
    // The other template: each row's 合计 printed as the sum of all five spending columns.
    const extras = ['operating_expenditure', 'subsidies_to_affiliates', 'remit_to_superior'];
    const rowKey = (li: LineItem) => `${li.code}|${li.name}|${li.rowKind}`;
    const sums = new Map<string, number>();
    for (const li of table.lineItems) if (['basic', 'project', ...extras].includes(li.measure)) sums.set(rowKey(li), (sums.get(rowKey(li)) ?? 0) + (li.amount.fen ?? 0));
    const wider = {
      ...table,
      lineItems: table.lineItems.map((li) => (li.measure === 'total' && sums.has(rowKey(li)) ? { ...li, amount: makeAmount((sums.get(rowKey(li))! / 1_000_000).toFixed(2), li.amount.unit, li.amount.place) } : li)),
    };
    const splits = splitIdentities(wider).filter(isTotalSplit);
    expect(splits.every((s) => s.split.children.includes('operating_expenditure'))).toBe(true);
    expect(splits.filter((s) => outcomeOf(s) === 'fails')).toEqual([]);
  });

  it('fires when a row is not 基本 + 项目 (事业运行 项目支出 10.00 more than printed)', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'expenditure_summary')!;
    const wrong = changed(table, (li) => li.code === '2111450' && li.measure === 'project', '9,412.71');
    expect(errors(runRule(rowSplitSum, withTable(facts, wrong)))).toEqual(['支出总表：2111450 事业运行']);
  });
});

describe('identity-side-by-side-panels', () => {
  // 国家信访局 2024 决算 基本支出决算表 p.12: three panels (人员经费 | 公用经费 | 公用经费) side by side, stored row by
  // row: 31099 其他资本性支出 is stored many rows after 310, between rows of the other panels.
  const read = () => factsOf('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [12]);

  it('finds a 类\'s 款 by code prefix wherever they stand: 310 = 31002 + 31099, 303 = its five 款, within rounding', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'gpb_basic_by_economic')!;
    const of = (code: string) => hierarchyIdentities(table).find((i) => i.parent.code === code && i.measure === 'total')!;
    expect(of('310').childCells.filter((c) => c.item.amount.text !== null).map((c) => c.row.code)).toEqual(['31002', '31099']);
    expect(of('303').childCells.filter((c) => c.item.amount.text !== null).map((c) => c.row.code)).toEqual(['30301', '30302', '30304', '30309', '30399']);
    expect([outcomeOf(of('310')), outcomeOf(of('303'))]).toEqual(['rounding', 'rounding']);
    expect(errors(runRule(codeHierarchySum, facts))).toEqual([]);
  });

  it('fires when a 款 printed in another panel\'s rows does not add up (31099 one more)', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'gpb_basic_by_economic')!;
    const wrong = changed(table, (li) => li.code === '31099' && li.measure === 'total', '3.58');
    expect(errors(runRule(codeHierarchySum, withTable(facts, wrong)))).toEqual(['一般公共预算财政拨款基本支出决算表：310 资本性支出']);
  });
});

describe('identity-local-subcode-level', () => {
  // 西安 安全生产监督管理局 表6 pp.10-12 (units 125001 and 125002): 3010201 津贴补贴 and 3010202 改革性补贴 stand in
  // for 30102, which is not printed.
  const read = () => factsOf('pdf/renwu/应急管理局_2026年部门预算.pdf', [10, 11, 12]);
  const wages = (t: BudgetTable) => hierarchyIdentities(t).find((i) => i.parent.code === '301' && i.measure === 'total')!;

  it('counts a 7-digit sub-code under the 类 when its 款 is not printed: 301 = 30101 + 3010201 + 3010202 + ...', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'gpb_basic_by_economic')!;
    expect(wages(table).children.map((r) => r.code)).toEqual(expect.arrayContaining(['30101', '3010201', '3010202', '30199']));
    expect(outcomeOf(wages(table))).toBe('exact');
    expect(errors(runRule(codeHierarchySum, facts)).filter((s) => s.includes('301 '))).toEqual([]);
  });

  it('fires when the sub-codes do not add up to the 类 (3010201 one more)', async () => {
    const facts = await read();
    const table = facts.tables.find((t) => t.kind === 'gpb_basic_by_economic')!;
    const wrong = changed(table, (li) => li.code === '3010201' && li.measure === 'total', '318.69');
    expect(outcomeOf(wages(wrong))).toBe('fails');
    expect(errors(runRule(codeHierarchySum, withTable(facts, wrong)))).toContain(`${table.title}：301 工资福利支出`);
  });
});

describe('identity-blank-subtotal', () => {
  // 中共北京市委军民融合发展委员会办公室 预算09表 p.13: 总额 40.77 = 出国 17.10 + 接待 0.15 + 购置 18.69 + 运行 4.83,
  // with the 公务用车 小计 cell printed blank.
  const read = () => factsOf('wide/北京/政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf', [13]);
  const items = (facts: DocumentFacts) => Object.fromEntries(facts.threePublic.filter((f) => f.source === 'table').map((f) => [f.item, f]));

  it('takes a blank 公车 小计 for not printed: 合计 is checked against 购置 + 运行, the 小计 not at all', async () => {
    const facts = await read();
    expect(items(facts).vehicle_total?.amount.text).toBeNull();
    const ids = threePublicIdentities(items(facts));
    expect(ids.map((i) => [i.name, outcomeOf(i)])).toEqual([['三公 合计 = 出国 + 接待 + 公车', 'exact']]);
    expect(runRule(threePublicSum, facts)).toEqual([]);
  });

  it('fires when 合计 is not 出国 + 接待 + 购置 + 运行 (运行 one more)', async () => {
    const facts = await read();
    const wrong = {
      ...facts,
      threePublic: facts.threePublic.map((f) => (f.source === 'table' && f.item === 'vehicle_operation' ? { ...f, amount: makeAmount('5.830000', f.amount.unit, f.amount.place) } : f)),
    };
    expect(errors(runRule(threePublicSum, wrong))).toEqual(['“三公”经费（预算）']);
  });
});
