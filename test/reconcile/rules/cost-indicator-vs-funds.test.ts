import { describe, expect, it } from 'vitest';
import { costIndicatorVsFunds as rule } from '../../../src/reconcile/rules/cost-indicator-vs-funds.js';
import { facts, indicator, project, runRule } from '../builders.js';

const cost = (horizon: 'mid_term' | 'annual', name: string, target: string) => indicator({ horizon, level2: '成本指标', name, target });

describe('cost-indicator-vs-funds', () => {
  it('fires on the Luoyang 社保专干补贴: 投入资金 37.056 / 12.352 against funds 2.88 / 0.96, in one flag', () => {
    const p = project({ name: '社保专干补贴', mid: '2.88', annual: '0.96', indicators: [cost('mid_term', '投入资金', '37.056'), cost('annual', '投入资金', '12.352')] });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'cost-indicator-vs-funds', severity: 'warning', subject: '社保专干补贴' });
    expect(flags[0].message).toContain('37.056万元');
    expect(flags[0].message).toContain('0.96万元');
  });
  it('notes (info) an annual cost indicator that repeats the mid-term funds', () => {
    const p = project({ name: '招才引智经费', mid: '43.8', annual: '14.6', indicators: [cost('mid_term', '财政拨付资金', '不超过43.8万元'), cost('annual', '财政拨付资金', '不超过43.8万元')] });
    expect(runRule(rule, facts({ projects: [p] })).map((f) => [f.rule, f.severity])).toEqual([['cost-indicator-vs-funds', 'info']]);
  });
  it('takes cost indicators as parts of the funds: several within the funds, a unit price, do not fire; their sum above it does', () => {
    const within = project({
      name: '信息系统运维',
      annual: '257.5938',
      indicators: [cost('annual', '政务云资源租用成本', '≤58.8458万元'), cost('annual', '信息系统运维及安全服务成本', '≤154.748万元'), cost('annual', '源代码审计单价', '6万元')],
    });
    expect(runRule(rule, facts({ projects: [within] }))).toEqual([]);
    const above = project({ name: '设备维修', annual: '94.25', indicators: [cost('annual', '每年设备维修成本控制', '70万元'), cost('annual', '机房等修缮成本控制', '34.5万元')] });
    const flags = runRule(rule, facts({ projects: [above] }));
    expect(flags.map((f) => [f.severity, f.actual])).toEqual([['warning', expect.stringContaining('合计104.50万元')]]);
  });
  it('does not fire when the stated cost equals the funds, or states no amount (成本控制率≤100%, 每人每年100元)', () => {
    const p = project({
      name: '城镇居民医疗区级配套资金',
      mid: '3042',
      annual: '936',
      indicators: [cost('mid_term', '保障费用', '不超过3042万元'), cost('annual', '保障费用', '不超过 936万元'), cost('annual', '控制在成本范围内', '成本控制率≤100%'), cost('annual', '每人每年100元标准', '按标准执行')],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
});
