import { describe, expect, it } from 'vitest';
import { quantityTimesRate as rule } from '../../../src/reconcile/rules/quantity-times-rate.js';
import { rateStatement } from '../../../src/recognise/performance/rate-statements.js';
import { facts, indicator, project, runRule } from '../builders.js';

describe('quantity-times-rate', () => {
  it('fires when head count x rate does not give the annual funds', () => {
    const p = project({ name: '城乡困难群众参加补充医疗保险', annual: '50', annualGoal: '2021年对我区2000名困难群众参保人员进行大病补充医疗保险每人每年200元进行补贴。' });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['quantity-times-rate', 'warning', '40.00万元', '50万元']]);
  });
  it('does not fire on the Luoyang statements that hold (per year, per month in an indicator, no period word)', () => {
    const ps = [
      project({ name: 'a', annual: '40', annualGoal: '2021年对我区2000名困难群众参保人员进行大病补充医疗保险每人每年200元进行补贴。' }),
      project({ name: 'b', annual: '489.6', annualGoal: '按月进行基础养老金补贴。', indicators: [indicator({ name: '2021年每月发放对符合领取待遇的60周岁以上的24000名老人，给予17元补贴。', target: '100%完成' })] }),
      project({ name: 'c', annual: '217', annualGoal: '2021年对7000名城乡居民医疗独女、双女、丰李镇60岁以上老人按照城乡居民医疗补贴标准预计310元进行代缴' }),
    ];
    expect(runRule(rule, facts({ projects: ps }))).toEqual([]);
  });
  it('reads only texts with one count and one rate', () => {
    expect(rateStatement('中央、省、市、县（区）级财政分别承担333元、110元、44元、66元')).toBeNull();
    expect(rateStatement('对缴费200-600区间的50000名符合补贴条件的缴费人员，进行每人每年2.5元补贴')).toMatchObject({ perMonth: false });
  });
});
