/**
 * The parts of an enumeration inherit the fund of the clause that opened them: '其中一般公共预算拨款政府采购504.98万元：
 * 政府采购货物预算480.50万元、…' makes every part after the colon a 一般公共预算 figure, while the parts of the
 * department's total before it keep no fund. A real page cut at test time.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../corpus-pages.js';

const SRC = 'wide/重庆/2026年重庆市委宣传部部门预算.pdf';

describe('claim-part-inherits-scope', () => {
  it('the parts after 其中一般公共预算拨款…： carry its fund; the parts of the total before it do not (重庆 委宣传部 p.5)', async () => {
    const claims = (await processPages(SRC, [5])).facts!.claims;
    const sentence = claims.filter((c) => c.text.includes('其中一般公共预算拨款政府采购'));
    expect(sentence.map((c) => [c.amount?.text, c.scope ?? null])).toEqual([
      ['712.49', null],
      ['486.50', null],
      ['0', null],
      ['225.99', null],
      ['504.98', 'gpb'],
      ['480.50', 'gpb'],
      ['0', 'gpb'],
      ['24.48', 'gpb'],
    ]);
    for (const c of sentence) expect(c.meaning?.figure).toMatchObject({ subject: 'named', line: 'government_procurement' });
  });
});
