/**
 * A share checked against the whole its words name: a figure stated before it under the same name (占政府采购支出
 * 总额的92.54%), and a coverage (绩效自评…共涉及资金…占项目支出总额的100%) whose base no table prints is unresolved.
 * The share that fires on a real slip (普陀区财政局 71.73% for 71.65%) is held by test/recognise/error-triage-pdf.
 */
import { describe, expect, it } from 'vitest';
import { processPages } from '../../corpus-pages.js';

describe('claim-share wholes', () => {
  it('near miss: 授予中小企业合同金额 is 92.54% of the 政府采购支出总额 stated before it; the evaluation coverage is unresolved (国家信访局 2024 决算 p. 26)', async () => {
    // p. 7 (a table) makes the cut a disclosure the rules read.
    const r = await processPages('wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf', [1, 7, 26]);
    const shares = r.flags.filter((f) => f.rule.startsWith('claim-share'));
    expect(shares.filter((f) => f.severity === 'error')).toEqual([]);
    expect(shares.filter((f) => f.subject === '授予中小企业合同金额')).toEqual([]);
    expect(shares.filter((f) => f.subject === '共涉及资金').map((f) => f.rule)).toEqual(['claim-share-unresolved']);
  });
});
