/**
 * A total whose printed rows fall short of it: a table read in part (unresolved) or rows left out of the print
 * (the document's error). Two mechanisms tell them apart, on real pages cut at test time:
 * - the same shortfall, to the fen, in another table of the document read apart (both prints lack the rows);
 * - a table whose every row closes its column splits (合计 = 基本 + 项目, 基本 = 人员 + 公用): its columns are
 *   read right, so a total failing in most columns is one finding, not columns misread.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable, DocumentFacts } from '../../src/model/index.js';
import { runRule } from '../../src/reconcile/index.js';
import { tableTotalSum } from '../../src/reconcile/rules/table-total-sum.js';
import { makeAmount } from '../../src/util/money.js';
import { processPages } from '../corpus-pages.js';

async function factsOf(rel: string, pages: number[]): Promise<DocumentFacts> {
  return (await processPages(rel, pages)).facts!;
}
const bySeverity = (facts: DocumentFacts) =>
  runRule(tableTotalSum, facts).map((f) => `${f.severity} ${f.subject}`).sort();

// Beijing 医疗保障局 2026: 03表 (pp.3-4) and 05表 (p.6) both print rows summing to 29,117.619602 under a 合计 of
// 110,896.619602 万元: the 210 project rows are missing from both prints (81,779.000000 short in each).
const YIBAO = 'wide/北京/医疗保障局_2026年部门预算.pdf';
// Beijing 公安局 2026 05表 (pp.9-11): 74 rows, each closing 合计 = 基本 + 项目 and 基本 = 人员 + 公用, fall
// 63,729.986299 万元 short of the 合计 (204 rows left out; the 合计 agrees with 04表).
const GONGAN = 'wide/北京/公安局_附件2：北京市公安局2026年度部门预算报表.pdf';

describe('rows left out of the print', () => {
  it('is an error when another table falls short by the same amount to the fen', async () => {
    const flags = bySeverity(await factsOf(YIBAO, [3, 4, 5, 6]));
    expect(flags).toEqual(['error 预算03表支出总表：合计', 'error 预算05表一般公共预算支出表：合计']);
  }, 60_000);
  it('stays unresolved when the table falling short by more than half is the only one', async () => {
    expect([...new Set(bySeverity(await factsOf(YIBAO, [6])))]).toEqual(['info 预算05表一般公共预算支出表：合计']);
  }, 60_000);
  it('is one error in a table whose rows all close their column splits, though most columns fail', async () => {
    const facts = await factsOf(GONGAN, [9, 10, 11]);
    const flags = runRule(tableTotalSum, facts);
    expect(flags.map((f) => `${f.severity} ${f.subject}`)).toEqual(['error 预算05表一般公共预算支出表：合计']);
    expect(flags[0].message).toContain('63,729.986299');
    // Near miss: one row's 基本支出 changed so that its split no longer closes; the columns are then in doubt
    // and the failures collapse into one unresolved note.
    const table = facts.tables.find((t) => t.title.startsWith('预算05表'))!;
    const target = table.lineItems.find((li) => li.code?.length === 7 && li.measure === 'basic' && (li.amount.fen ?? 0) > 0)!;
    const broken: BudgetTable = { ...table, lineItems: table.lineItems.map((li) => (li === target ? { ...li, amount: makeAmount('1.000000', li.amount.unit, li.amount.place) } : li)) };
    const doubt = runRule(tableTotalSum, { ...facts, tables: facts.tables.map((t) => (t === table ? broken : t)) });
    expect(doubt.map((f) => `${f.severity} ${f.subject}`)).toEqual(['info 预算05表一般公共预算支出表']);
  }, 60_000);
});
