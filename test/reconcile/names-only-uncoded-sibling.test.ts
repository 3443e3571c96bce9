/**
 * A names-only 收支总表 (Hangzhou) under a 类 prints a 款 no harvested document gives a code (社会工作事务; the
 * corpus and its reference lists print the name only, so none is made up): it is placed by its indentation, at
 * that of its coded sibling 其他一般公共服务支出 (20199), and its figure is part of the 类's sum. On pages of a
 * real PDF of ../shared/corpus/wide cut at test time, read and reconciled by the whole pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import { processPages } from '../corpus-pages.js';

let result: DocumentResult;
beforeAll(async () => {
  // 杭州市交通运输局 表1 (pp. 22-23, with the cover p. 1 that names the department and year): 一般公共服务支出 6,651.38 over 社会工作事务 1.98 + 其他一般公共服务支出 6,700.00.
  result = await processPages('wide/杭州/交通运输局_2026年部门预算.pdf', [1, 22, 23]);
}, 60_000);

const hierarchy = () => result.flags.filter((f) => f.rule.startsWith('code-hierarchy-sum'));

describe('names-only-uncoded-sibling', () => {
  it('sums an uncoded 款 printed at its coded siblings\' indentation into its 类, and reports the gap', () => {
    const t = result.facts!.tables.find((x) => x.title.startsWith('表1'))!;
    const items = t.lineItems.filter((li) => li.measure === 'total' && li.side === 'expenditure');
    expect(items.find((li) => li.name === '社会工作事务')?.code ?? null).toBeNull();
    expect(items.filter((li) => li.name === '其他一般公共服务支出').map((li) => [li.code, li.codeSource])).toEqual([
      ['20199', 'catalogue'],
      ['2019999', 'catalogue'],
    ]);
    const f = hierarchy().find((x) => x.subject.endsWith('201 一般公共服务支出'));
    expect(f).toMatchObject({ rule: 'code-hierarchy-sum', severity: 'error', actual: '6,651.38万元', expected: '6,701.98万元' });
  });

  it('near miss: a 款 whose uncoded sibling follows it is not short of that sibling (21401 and 超长期特别国债安排的支出)', () => {
    // 公路水路运输 106,604.22 = 43,003.71 + 927.20 + 62,673.32 (to rounding); the uncoded 超长期… 177.92 is a sibling 款.
    const f = hierarchy().filter((x) => x.subject.endsWith('21401 公路水路运输'));
    expect(f.map((x) => x.rule)).toEqual(['code-hierarchy-sum-rounding']);
  });
});
