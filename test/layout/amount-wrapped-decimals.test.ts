/**
 * Amounts wrapped in narrow cells whose decimals the text layer glues to the next column's integer part
 * ('174,900' then '.64101,833'), on pages of real PDFs of ../shared/corpus/wide cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { identities, itemOf } from '../recognise/reading/cut-pages.js';
import { recognisePages } from '../corpus-pages.js';

const incomeTable = async (rel: string, pages: number[]): Promise<BudgetTable> => {
  const t = (await recognisePages(rel, pages)).tables.find((x) => x.kind === 'income_summary');
  if (!t) throw new Error(`no 收入总体情况表 in ${rel} pp. ${pages.join(',')}`);
  return t;
};

const COMMERCE = 'wide/重庆/2026年重庆市商务委员会部门预算.pdf';
let commerce: Promise<BudgetTable> | undefined;
const commerceIncome = () => (commerce ??= incomeTable(COMMERCE, [9, 10, 11]));

describe('amount-wrapped-decimals', () => {
  it('gives the decimals back to the amount they wrapped from, and the next column keeps its own', async () => {
    // 重庆市商务委员会 收入总体情况表 (pp. 9-11): 合计 174,900.64 | 一般公共预算 101,833.84 | 政府性基金 41,534.73.
    const t = await commerceIncome();
    const total = t.lineItems.filter((li) => li.rowKind === 'total' && li.amount.text !== null).slice(0, 3).map((li) => li.amount.text);
    expect(total).toEqual(['174900.64', '101833.84', '41534.73']);
    // 合计 = Σ类 in every column once the decimals are where they belong.
    const ids = identities(t);
    expect(ids.total_of_classes?.[0]).toBe(ids.total_of_classes?.[1]);
    expect(ids.class_of_kuan?.[0]).toBe(ids.class_of_kuan?.[1]);
  });

  it('mends a 款 row the same way: 20503 职业教育 财政专户 12,063.96 = Σ项', async () => {
    const t = await incomeTable('wide/重庆/2026年重庆市经济和信息化委员会部门预算.pdf', [8, 9, 10, 11]);
    expect(itemOf(t, { code: '20503' }, 'special_account_funds')?.amount.text).toBe('12063.96');
    const ids = identities(t);
    expect(ids.kuan_of_xiang?.[0]).toBe(ids.kuan_of_xiang?.[1]);
    expect(ids.total_of_classes?.[0]).toBe(ids.total_of_classes?.[1]);
  });

  it('near miss: decimals printed as a run of their own next to the integer are read as before', async () => {
    const t = await commerceIncome();
    // 201 一般公共服务支出: '23,103' '.76' '16,604' '.23', each its own run.
    expect(itemOf(t, { code: '201' })?.amount.text).toBe('23103.76');
    expect(itemOf(t, { code: '201' }, 'gpb')?.amount.text).toBe('16604.23');
  });
});
