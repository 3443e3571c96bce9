import { describe, expect, it } from 'vitest';
import { claimShare as rule } from '../../../src/reconcile/rules/claim-share.js';
import { claim, facts, runRule } from '../builders.js';

// "支出合计 7723.46 万元，其中：基本支出 4618.49 万元，占 59.80%"
const doc = (percent: string, total = '7723.46') =>
  facts({
    claims: [
      claim({ metric: 'expenditure_total', subject: '支出合计', amount: total }),
      claim({ metric: 'basic_share', subject: '基本支出', basis: 'expenditure_total', amount: '4618.49', percent }),
    ],
  });

describe('claim-share', () => {
  it('fires when the stated share is not amount / total', () => {
    const flags = runRule(rule, doc('58.90'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'claim-share', severity: 'error', expected: '59.80%', actual: '58.90%' });
  });
  it('does not fire on the Luoyang shares (59.80%, and 80.78% of the general budget with no basis given)', () => {
    expect(runRule(rule, doc('59.80'))).toEqual([]);
    const f = facts({
      claims: [
        claim({ metric: 'gpb_expenditure_total', subject: '一般公共预算支出年初预算', amount: '7723.46' }),
        claim({ metric: 'function_class_share', subject: '社会保障和就业支出', amount: '6238.68', percent: '80.78' }),
        claim({ metric: 'function_class_share', subject: '住房保障支出', amount: '21.95', percent: '0.28' }),
        claim({ metric: 'function_class_share', subject: '一般公共服务支出', amount: '0', percent: '0' }),
      ],
    });
    expect(runRule(rule, f)).toEqual([]);
  });
  it('treats a share the rounded amounts can explain as rounding (info)', () => {
    // 4618.49 / 7723 = 59.802% rounds to 59.80; with the total printed as 7723 (±0.5) 59.81% is within reach.
    const flags = runRule(rule, doc('59.81', '7723'));
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([['claim-share-rounding', 'info']]);
  });
  it('is unresolved when the whole cannot be found', () => {
    const f = facts({ claims: [claim({ metric: 'basic_share', subject: '基本支出', basis: 'expenditure_total', amount: '4618.49', percent: '59.80' })] });
    expect(runRule(rule, f).map((x) => x.rule)).toEqual(['claim-share-unresolved']);
  });
  it('accepts a share of another stated total on the same side (income shares of 收入总计, not of the general budget)', () => {
    const text = '收入预算总计99,129.00万元，其中：一般公共预算拨款收入91,495.48万元，占92.3%；其他收入7,633.52万元，占7.7%。';
    const f = facts({
      claims: [
        claim({ metric: 'income_total', subject: '收入预算总计', amount: '99129.00', text }),
        claim({ metric: 'gpb_income', subject: '一般公共预算拨款收入', amount: '91495.48', text }),
        claim({ metric: 'gpb_income_share', subject: '一般公共预算拨款收入', amount: '91495.48', percent: '92.3', text }),
        claim({ metric: 'other_income_share', subject: '其他收入', amount: '7633.52', percent: '7.7', text }),
      ],
    });
    expect(runRule(rule, f)).toEqual([]);
  });
  it('does not read a growth rate without a direction word as a share', () => {
    const f = facts({ claims: [claim({ metric: 'other_percent', subject: '增幅', amount: '737.29', percent: '1009.71', text: '比2025年执行数增加670.85万元，增幅1009.71%' })] });
    expect(runRule(rule, f)).toEqual([]);
  });
  it('takes 财政拨款收支总预算 stated before as a whole (Wuhan: 15,291.3 of 18,728.91 is 81.65%)', () => {
    const claims = (percent: string) => [
      claim({ metric: 'fiscal_expenditure_total', subject: '财政拨款收支总预算', amount: '18728.91' }),
      claim({ metric: 'gpb_income', subject: '一般公共预算当年拨款收入', amount: '16474.82' }),
      claim({ metric: 'function_class_share', subject: '一般公共服务支出', amount: '15291.3', percent }),
    ];
    expect(runRule(rule, facts({ claims: claims('81.65') }))).toEqual([]);
    expect(runRule(rule, facts({ claims: claims('81.75') })).map((f) => [f.rule, f.expected])).toEqual([['claim-share', '81.65%']]);
  });
  it('reports a share against the whole that comes closest, not the first candidate; one unit off in the last place is a rounding slip', () => {
    // Hangzhou: 人员支出 58,486.35 of 支出预算 99,230.46 is 58.94%, printed 59.0%; 基本支出 70,724.29 is another candidate.
    const claims = [
      claim({ metric: 'expenditure_total', subject: '支出预算', amount: '99230.46' }),
      claim({ metric: 'basic_expenditure', subject: '基本支出', amount: '70724.29' }),
      claim({ metric: 'personnel_share', subject: '人员支出', amount: '58486.35', percent: '59.0' }),
    ];
    const flags = runRule(rule, facts({ claims }));
    expect(flags.map((f) => [f.rule, f.severity, f.expected])).toEqual([['claim-share-rounding', 'info', '58.9%']]);
    expect(flags[0].message).toContain('99,230.46');
    const twoUnits = [claims[0], claims[1], { ...claims[2], percent: '59.1' }];
    expect(runRule(rule, facts({ claims: twoUnits })).map((f) => [f.rule, f.expected])).toEqual([['claim-share', '58.9%']]);
  });
  it('takes parts whose shares add up to 100% as shares of their sum (Beijing: 基本 53.59% + 项目 46.41%)', () => {
    const text = '基本支出预算70,692.09万元，占53.59%；项目支出预算61,213.81万元，占46.41%。';
    const claims = [
      claim({ metric: 'expenditure_total', subject: '支出预算', amount: '134133.33' }),
      claim({ metric: 'basic_share', subject: '基本支出预算', amount: '70692.09', percent: '53.59', text }),
      claim({ metric: 'project_share', subject: '项目支出预算', amount: '61213.81', percent: '46.41', text }),
    ];
    expect(runRule(rule, facts({ claims }))).toEqual([]);
  });
  it('does not call a share wrong when neither its figure nor its whole has a known meaning (unresolved)', () => {
    const claims = [
      claim({ metric: 'expenditure_total', subject: '支出预算', amount: '10685.56' }),
      claim({ metric: 'other_share', subject: '授予中小企业合同金额', amount: '1820.69', percent: '92.54', text: '授予中小企业合同金额1820.69万元，占92.54%。' }),
    ];
    expect(runRule(rule, facts({ claims })).map((f) => [f.rule, f.severity])).toEqual([['claim-share-unresolved', 'info']]);
  });
});
