import { describe, expect, it } from 'vitest';
import { rowSplitSum } from '../../../src/reconcile/rules/row-split-sum.js';
import { explainByOcr } from '../../../src/reconcile/rules/ocr-suspect.js';
import { fromAmount } from '../../../src/reconcile/quantity.js';
import { amt, facts, runRule, table } from '../builders.js';

const t = (confidence?: number) =>
  table('expenditure_summary', '部门支出总体情况表', [
    { name: '合计', cells: { total: '300.00', basic: '278.27', project: '27.73' }, confidence: confidence === undefined ? undefined : { project: confidence } },
  ]);

describe('ocr-suspect', () => {
  it('turns a failed sum into an info ocr-suspect flag when one low-confidence figure one digit off explains it', () => {
    // 278.27 + 21.73 = 300.00: the 27.73 read with confidence 0.55 is one digit away.
    const flags = runRule(rowSplitSum, facts({ tables: [t(0.55)] }));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['ocr-suspect', 'info']]);
    expect(flags[0].message).toContain('21.73');
  });
  it('does not excuse the document when the figures were read with high confidence (or from text)', () => {
    expect(runRule(rowSplitSum, facts({ tables: [t(0.98)] })).map((f) => [f.rule, f.severity])).toEqual([['row-split-sum', 'error']]);
    expect(runRule(rowSplitSum, facts({ tables: [t()] })).map((f) => f.rule)).toEqual(['row-split-sum']);
  });
  it('picks the figure one digit away when several are uncertain', () => {
    // 278.97 + 21.03 = 300.00, the 3 read as 0: only 21.00 -> 21.03 is a one-digit misreading.
    const total = fromAmount(amt('300.00', { confidence: 0.5 }), '合计');
    const parts = [fromAmount(amt('278.97', { confidence: 0.5 }), '基本'), fromAmount(amt('21.00', { confidence: 0.5 }), '项目')];
    expect(explainByOcr(total, parts)).toMatchObject({ label: '项目', corrected: '21.03' });
  });
});
