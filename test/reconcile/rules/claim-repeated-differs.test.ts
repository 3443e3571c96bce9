import { describe, expect, it } from 'vitest';
import { claimRepeatedDiffers as rule } from '../../../src/reconcile/rules/claim-repeated-differs.js';
import { processPages } from '../../corpus-pages.js';
import { claim, facts, runRule } from '../builders.js';

describe('claim-repeated-differs', () => {
  it('notes (info, see docs/rules.md) when the narrative states 人员经费 twice with different values', () => {
    const flags = runRule(rule, facts({ claims: [claim({ metric: 'personnel', subject: '人员经费', amount: '319.95' }), claim({ metric: 'personnel', subject: '人员经费支出', amount: '391.95' })] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-repeated-differs', severity: 'info', expected: '319.95万元', actual: '391.95万元' });
  });
  it('does not fire when the repetitions agree (within the precision printed)', () => {
    const claims = [
      claim({ metric: 'expenditure_total', subject: '支出总计', amount: '7723.46' }),
      claim({ metric: 'expenditure_total', subject: '支出合计', amount: '7723.46' }),
      claim({ metric: 'three_public_total', subject: '三公经费', amount: '0.5' }),
      claim({ metric: 'three_public_total', subject: '三公经费', amount: '0.50' }),
    ];
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
  it('does not read a breakdown by unit (three or more values) as one figure repeated', () => {
    const claims = ['6011.73', '1291.62', '4741.41'].map((a) => claim({ metric: 'personnel', subject: '在职人员经费', amount: a }));
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
  it('claim-repeated-differs-basis: a part of 财政拨款支出 and the same 类 stated on its own are two figures (武汉市信访局 pp. 18, 20)', async () => {
    // p. 18 '…支出包括：一般公共服务支出15,291.3万元' (of 财政拨款, with 上年结转); p. 20 '一般公共服务（类）支出13,144.37万元'
    // (of 一般公共预算当年拨款): the typed basis differs, so they are not one figure stated twice.
    const r = await processPages('pdf/renwu/2026年武汉市信访局部门预算.pdf', [1, 18, 20]);
    const parts = r.facts!.claims.filter((c) => c.amount?.text === '15291.3' || c.amount?.text === '13144.37');
    expect(new Set(parts.map((c) => c.meaning?.figure?.subject))).toEqual(new Set(['function_class']));
    expect(parts.find((c) => c.amount?.text === '15291.3')!.meaning!.basis).toMatchObject({ subject: 'department', fund: 'fiscal' });
    expect(r.flags.filter((f) => f.rule === 'claim-repeated-differs')).toEqual([]);
  });
  it('still notes the same figure stated twice under one whole with two values', () => {
    const claims = ['319.95', '391.95'].map((a) => claim({ metric: 'personnel', subject: '人员经费', amount: a, basis: 'basic_expenditure' }));
    expect(runRule(rule, facts({ claims }))).toHaveLength(1);
  });
});
