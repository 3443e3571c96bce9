/**
 * claim-parts-sum on real pages cut at test time, through the real recogniser: the parts a sentence lists after
 * 其中 cannot exceed their whole.
 */
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../src/reconcile/index.js';
import { claimPartsSum as rule } from '../../../src/reconcile/rules/claim-parts-sum.js';
import { processPages } from '../../corpus-pages.js';

// A cut page is no whole disclosure, so the rule is run on the recogniser's facts directly.
const flagsOf = async (src: string, pages: number[]) => runRule(rule, (await processPages(src, pages)).facts!);

describe('claim-parts-sum', () => {
  it('fires when 政府采购预算总额 0 万元 is followed by parts of 3,456.6 and 4,683.6 万元 (福州 交警 p.37)', async () => {
    const flags = await flagsOf('wide/福州/公安局交通警察局_2026年部门预算.pdf', [37]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-parts-sum', severity: 'error', expected: '0万元', actual: '8,140.2万元' });
    expect(flags[0].subject).toContain('政府采购预算总额');
  });

  it('near miss: parts that add up, and 一般公共预算 parts of a fund that are not summed into the all-funds total (重庆 委宣传部 p.5)', async () => {
    // '政府采购预算总额712.49万元：货物486.50、工程0、服务225.99；其中一般公共预算拨款政府采购504.98万元：货物480.50、…'
    expect(await flagsOf('wide/重庆/2026年重庆市委宣传部部门预算.pdf', [5])).toEqual([]);
  });
});
