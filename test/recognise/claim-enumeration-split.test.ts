/**
 * An enumeration ('货物…万元、工程…万元、服务…万元') is one claim per item, each a part of the whole stated before
 * 其中, even when the part's figure is of the whole's own kind (政府采购 parts of 政府采购预算总额). Real pages cut
 * at test time; the assertions are the typed claims a reviewer would check against the page.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/index.js';
import { processPages } from '../corpus-pages.js';

const run = async (src: string, pages: number[]) => {
  return (await processPages(src, pages)).facts!.claims;
};
const procurement = (claims: readonly Claim[]) => claims.filter((c) => c.meaning?.figure?.subject === 'named' && c.meaning.figure.line === 'government_procurement');

describe('claim-enumeration-split', () => {
  it('splits 、 into one claim per item, every part keeping its whole (福州 交警 p.37)', async () => {
    // '政府采购预算总额 0 万元，其中：政府采购货物预算 3456.6 万元、政府采购工程预算 0 万元、政府采购服务预算 4683.6 万元。'
    const claims = procurement(await run('wide/福州/公安局交通警察局_2026年部门预算.pdf', [37]));
    expect(claims.map((c) => c.amount?.text)).toEqual(['0', '3456.6', '0', '4683.6']);
    const [whole, ...parts] = claims;
    expect(whole.meaning).toMatchObject({ statement: 'level', basis: null });
    expect((whole.meaning!.figure as { whole: boolean }).whole).toBe(true);
    for (const p of parts) expect(p.meaning?.basis).toMatchObject({ subject: 'named', line: 'government_procurement' });
    expect(parts.map((p) => p.subject)).toEqual(['政府采购货物预算', '政府采购工程预算', '政府采购服务预算']);
  });

  it('near miss: a change after a figure stays the change of that figure, not a further item (福州 交警 p.37)', async () => {
    // '机关运行经费支出 2916.1 万元，比上年减少 206.4 万元' stays one level and one change.
    const claims = await run('wide/福州/公安局交通警察局_2026年部门预算.pdf', [37]);
    const running = claims.filter((c) => c.text.includes('机关运行经费'));
    expect(running.map((c) => [c.amount?.text, c.meaning?.statement])).toEqual([
      ['2916.1', 'level'],
      ['206.4', 'change'],
    ]);
  });
});
