import { describe, expect, it } from 'vitest';
import { indicatorPercentOver100 as rule } from '../../../src/reconcile/rules/indicator-percent-over-100.js';
import { facts, indicator, project, runRule } from '../builders.js';

describe('indicator-percent-over-100', () => {
  it('fires on a 1000% satisfaction target (Luoyang 招才引智经费), once for both horizons', () => {
    const p = project({
      name: '招才引智经费',
      indicators: [
        indicator({ horizon: 'mid_term', level1: '满意度指标', level2: '服务对象满意度指标', name: '指标1：参会嘉宾、企业满意度1000%', target: null }),
        indicator({ horizon: 'annual', level1: '满意度指标', level2: '服务对象满意度指标', name: '指标1：参会嘉宾、企业满意度1000%', target: null }),
      ],
    });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'indicator-percent-over-100', severity: 'error', subject: '招才引智经费', actual: '1000%' });
    expect(flags[0].evidence).toHaveLength(2);
  });
  it('does not fire on 100%, ≤100% or a growth target above 100%', () => {
    const p = project({
      name: 'x',
      indicators: [
        indicator({ name: '资金拨付及时率', target: '100%' }),
        indicator({ name: '控制在资金范围内', target: '资金控制率≤100%' }),
        indicator({ name: '就业人数', target: '比上年增长150%' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
});
