/**
 * Names-only rows read in a region the catalogue has not seen: the 款 99 of a 类 is 其他{类}支出 everywhere
 * (21099 其他卫生健康支出, its one 项 2109999 repeats the name), so it is coded from the 类 names
 * (src/vocab/function-class-names.ts) and the standard endings, not from what one city printed; and a row the
 * indentation puts at the 类 level takes a 类 code (其他支出 is 229, not its 款 22999 or 项 2299999).
 * On pages of real PDFs of ../shared/corpus/wide cut at test time.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { recoverFunctionCodes, type CodeLookup } from '../../src/recognise/tables/recover-codes.js';
import { standardItemCode } from '../../src/recognise/vocab/code-catalogue.js';
import { recognisePages } from '../corpus-pages.js';

const tableOf = async (rel: string, pages: number[], kind: BudgetTable['kind']): Promise<BudgetTable> => {
  const t = (await recognisePages(rel, pages)).tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} in ${rel} pp. ${pages.join(',')}`);
  return t;
};

describe('names-only-class-other-kuan', () => {
  it('gives the printed 款 99 and 项 9999 of 其他卫生健康支出 from the 类 name alone, whatever the catalogue holds', async () => {
    // 上海市信访局 表2 (pp. 8-9) prints 210 99 其他卫生健康支出 and 210 99 99 其他卫生健康支出 (split 类|款|项 columns).
    const t = await tableOf('wide/上海/2026年上海市信访局_部门预算.pdf', [8, 9], 'income_summary');
    const printed = [...new Map(t.lineItems.filter((li) => li.name === '其他卫生健康支出' && li.code).map((li) => [li.code!, li])).keys()].sort();
    expect(printed).toEqual(['21099', '2109999']);
    // The 款 by its 类; the 项 by its 款 99, whose name comes from the 类 when the catalogue has no entry for it.
    expect(standardItemCode('其他卫生健康支出', '210')).toBe('21099');
    expect(standardItemCode('其他卫生健康支出', '21099')).toBe('2109999');
    // Any year's name of the 类: 医疗卫生与计划生育支出 was 210 before 2018.
    expect(standardItemCode('其他医疗卫生与计划生育支出', '210')).toBe('21099');
  });

  it('near miss: the name of another 类, a 款 that is not 其他{类}支出, a 项 under a 款 that is not 99', () => {
    expect(standardItemCode('其他卫生健康支出', '211')).toBeUndefined();
    expect(standardItemCode('其他生活救助', '208')).toBeUndefined();
    expect(standardItemCode('其他卫生健康支出', '21011')).toBeUndefined();
  });

  it('codes 其他支出 printed at the 类 level of an indented table as 229, not as the 款 or 项 of the same name', async () => {
    // 杭州市交通运输局 表3 (pp. 26-27): names only; 其他支出 10,493.00 is a 类 (the indentation of 交通运输支出).
    const t = await tableOf('wide/杭州/交通运输局_2026年部门预算.pdf', [26, 27], 'expenditure_summary');
    const row = t.lineItems.filter((li) => li.name === '其他支出');
    expect(row.length).toBeGreaterThan(0);
    expect(row[0].level).toBe(0);
    const only = (items: typeof row) => [{ ...t, lineItems: items }];
    // A catalogue that knows 其他支出 at all three levels, as the harvested one does.
    const threeLevels: CodeLookup = { codesNamed: (name, parent) => (name === '其他支出' && !parent ? ['229', '22999', '2299999'] : []) };
    const [coded] = recoverFunctionCodes(only(row), threeLevels);
    expect(coded.lineItems.map((li) => [li.code, li.codeSource])).toEqual(row.map(() => ['229', 'catalogue']));
    // Near miss: the same row one level down (a 款 with no coded 类 above it) takes the 款, never the 类.
    const [asKuan] = recoverFunctionCodes(only(row.map((li) => ({ ...li, level: 1 }))), threeLevels);
    expect(asKuan.lineItems[0].code).toBe('22999');
  });

  it('codes 事业运行 under 农业农村 (21301) as 04, the classification\'s exception to ..50, without a catalogue entry for it', async () => {
    // 上海市国资委 表2 (p.8) prints 213 01 04 事业运行; the catalogue holds the pair only from Shanghai's documents.
    const t = await tableOf('wide/上海/2026年上海市国有资产监督管理委员会_部门预算.pdf', [8], 'income_summary');
    expect([...new Set(t.lineItems.filter((li) => li.name === '事业运行' && li.code?.startsWith('21301')).map((li) => li.code))]).toEqual(['2130104']);
    expect(standardItemCode('事业运行', '21301')).toBe('2130104');
    // Near miss: any other 款 keeps the rule (..50).
    expect(standardItemCode('事业运行', '21302')).toBe('2130250');
  });
});
