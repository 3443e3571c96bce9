/**
 * A name the years print with two codes is one code for a given year: the classification moved
 * 其他社会保障和就业支出 from 2089901 (2019) to 2089999, so a names-only row of a 2026 table takes 2089999 and
 * one of a 2019 table 2089901, instead of staying uncoded as ambiguous (and, in a names-only table, leaving
 * every row uncoded). On pages of real PDFs of ../shared/corpus cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { shippedCatalogue } from '../../src/recognise/tables/recover-codes.js';
import { codesNamed } from '../../src/recognise/vocab/code-catalogue.js';
import { recognisePages } from '../corpus-pages.js';

const NAME = '其他社会保障和就业支出';

/** The codes a document's tables on these pages print for a name. */
async function printedCodes(rel: string, pages: number[]): Promise<{ year: number | null | undefined; codes: string[] }> {
  const facts = await recognisePages(rel, pages);
  const items = facts.tables.flatMap((t: BudgetTable) => t.lineItems).filter((li) => li.name === NAME && li.code?.length === 7);
  return { year: facts.meta.fiscalYear, codes: [...new Set(items.map((li) => li.code!))] };
}

describe('names-only-nearest-year', () => {
  it('takes the code the nearest year prints for a name the years print with two codes', async () => {
    // 西安市安全生产监督管理局's 2019 tables (filed as 2026) print 2089901; 广州市民政局 2026 表 (pp. 9-10) prints 2089999.
    const old = await printedCodes('pdf/renwu/应急管理局_2026年部门预算.pdf', [7]);
    const now = await printedCodes('wide/广州/民政局_2026年部门预算.pdf', [9, 10]);
    expect(old.codes).toEqual(['2089901']);
    expect(now.codes).toEqual(['2089999']);
    expect(shippedCatalogue(2019).codesNamed(NAME, '20899')).toEqual(old.codes);
    expect(shippedCatalogue(2026).codesNamed(NAME, '20899')).toEqual(now.codes);
  });

  it('near miss: without a year both codes stand (no guess), and a name printed with one code keeps it in any year', () => {
    expect(codesNamed(NAME, '20899').sort()).toEqual(['2089901', '2089999']);
    expect([...shippedCatalogue(null).codesNamed(NAME, '20899')].sort()).toEqual(['2089901', '2089999']);
    expect(shippedCatalogue(2019).codesNamed('行政运行', '20101')).toEqual(['2010101']);
  });
});
