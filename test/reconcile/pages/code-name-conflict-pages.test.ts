/**
 * code-name-conflict on real pages cut at test time: a code is the classification's own row only in a standard
 * table; a 政府采购 table tags what is bought with the code of the function it serves.
 */
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../src/reconcile/index.js';
import { codeNameConflict } from '../../../src/reconcile/rules/code-name-conflict.js';
import { processPages } from '../../corpus-pages.js';

const read = async (src: string, pages: number[]) => {
  return processPages(src, pages);
};

describe('code-name-conflict: names compared are classification names', () => {
  it('near miss: the items of a 政府采购预算表 coded 2240106 are not names of 2240106 (应急管理局 pp.7, 30-31)', async () => {
    const r = await read('pdf/renwu/应急管理局_2026年部门预算.pdf', [1, 7, 30, 31]);
    // Both tables were read, with the code on the procurement rows, so the near miss can fail.
    const coded = r.facts!.tables.map((t) => t.lineItems.filter((i) => i.code === '2240106').map((i) => i.name));
    expect(coded.flat()).toContain('安全监管');
    expect(coded.flat()).toContain('监控管理系统');
    expect(r.flags.filter((f) => f.rule === 'code-name-conflict')).toEqual([]);
  }, 60_000);

  it('fires on one code under two classification names (21208 before and after its rename, standard tables of two documents read together)', async () => {
    const old = await read('pdf/renwu/2026年佛山市交通运输局部门预算.pdf', [22]);
    const renamed = await read('wide/福州/商务局_2026年部门预算.pdf', [13]);
    const facts = { ...renamed.facts!, tables: [...old.facts!.tables, ...renamed.facts!.tables] };
    const flags = runRule(codeNameConflict, facts);
    const f = flags.find((x) => x.subject.startsWith('21208 '));
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('国有土地使用权出让收入及对应专项债务收入安排的支出');
    expect(f?.message).toContain('“国有土地使用权出让收入安排的支出”');
  }, 60_000);
});
