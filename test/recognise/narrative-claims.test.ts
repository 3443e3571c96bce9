/** Narrative claims: which figure a clause states and what its share is a share of (corpus triage cases). */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/recognise/narrative/claims.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, place: { line: i + 1 } }));
const read = (...texts: string[]) => extractClaims(lines(...texts), '杭州市司法局', 2026);

describe('narrative claims', () => {
  it('reads 上年结转结余 as this year’s carry-over with its own share, not as last year’s figure', () => {
    const c = read('其中：一般公共预算拨款收入91,495.48万元，占92.2%；其他收入7,387.66万元，占7.4%；上年结转结余347.32万元，占0.4%。');
    expect(c.find((x) => x.subject === '上年结转结余')).toMatchObject({ metric: 'carryover', period: 'current' });
    expect(c.filter((x) => x.percent === '0.4').map((x) => [x.metric, x.amount?.text])).toEqual([['carryover_share', '347.32']]);
    // A last-year figure is still one: '上年:25.77万元'.
    const prior = read('机关运行经费支出30.00万元，上年:25.77万元。');
    expect(prior.find((x) => x.amount?.text === '25.77')?.period).toBe('prior');
  });
  it('gives parts after 其中 no sibling as their whole; the whole comes from before 其中 or the previous sentence', () => {
    const c = read('其中：一般公共预算拨款收入91,495.48万元，占92.2%；其他收入7,387.66万元，占7.4%。');
    expect(c.find((x) => x.metric === 'other_income')?.basis).toBeNull();
    const w = read('2026年财政拨款收支总预算18,728.91万元。收入包括：一般公共预算当年拨款收入16,474.82万元；支出包括：一般公共服务支出15,291.3万元，占81.65%。');
    expect(w.find((x) => x.metric === 'function_class_share')?.basis).toBe('fiscal_expenditure_total');
    const s = read('支出合计7723.46万元，其中：基本支出4618.49万元，占59.80%。');
    expect(s.find((x) => x.metric === 'basic_share')?.basis).toBe('expenditure_total');
  });
  it('keeps the whole of a sentence cut by a page break (the next line goes on without a new sentence)', () => {
    const c = read('（二）项目支出：2026年本单位项目支出预算417.41万元，主要是单位为完成特定工作任务而发生的', '支出，包括有关专项，其中：一般公共服务支出417.41万元，主要用于信访业务。');
    expect(c.find((x) => x.metric === 'function_class_amount')?.basis).toBe('project_expenditure');
    const apart = read('项目支出预算417.41万元。', '支出，包括有关专项，其中：一般公共服务支出417.41万元。');
    expect(apart.find((x) => x.metric === 'function_class_amount')?.basis).toBeNull();
  });
  it('reads 人员支出 / 日常公用支出 as personnel and public funds, 较去年 as a change, 绩效自评 funds as evaluated', () => {
    const c = read('按支出用途分类，包括人员支出58,486.35万元，占59.0%；日常公用支出12,237.94万元，占12.3%。');
    expect(c.filter((x) => x.amount && !x.percent).map((x) => x.metric)).toEqual(['personnel', 'public_funds']);
    const y = read('收入较去年增加54.13万元，上升2.88%。');
    expect(y.map((x) => [x.metric, x.direction])).toEqual([['yoy_change', 'increase']]);
    const e = read('2019年度我部门组织对7个一般公共预算项目支出开展绩效自评，其中一级项目6个，二级项目1个，共涉及资金940.15万元，占一般公共预算项目支出总额的100%。');
    expect(e.find((x) => x.amount?.text === '940.15' && !x.percent)?.metric).toBe('evaluated_funds');
    expect(e.find((x) => x.percent === '100')?.basis).toBe('project_expenditure');
  });
  it('keeps 委托 in a subject (委 alone names an organisation, 委托业务费 does not)', () => {
    const c = extractClaims(lines('国家信访局2026年委托业务费财政拨款预算1,391.68万元，比2025年预算增加333.83万元，增长31.35%。'), '国家信访局', 2026);
    expect(c.find((x) => x.metric === 'yoy_change')?.subject).toBe('委托业务费财政拨款预算');
  });
  it('reads 上年结转 as carry-over whatever fund it names, and what a fund is spent on as the item (Suzhou)', () => {
    const c = read('上年结转结余的一般公共预算收入0万元。', '2026年一般公共预算拨款安排的会议费预算支出45.12万元，比上年预算减少2万元。');
    expect(c.find((x) => x.amount?.text === '0')?.metric).toBe('carryover');
    expect(c.find((x) => x.amount?.text === '45.12')?.metric).toBe('other_amount');
    expect(read('2026年一般公共预算财政拨款运行经费1,815万元。')[0].metric).toBe('admin_running_cost');
  });
  it('reads a figure right after a change word as a change, even without 比上年 (Shanghai: 人员经费增加187万元)', () => {
    const c = read('基本支出增加的主要原因：人员经费增加187万元，公用经费减少13万元。');
    expect(c.map((x) => [x.metric, x.direction, x.amount?.text])).toEqual([
      ['yoy_change', 'increase', '187'],
      ['yoy_change', 'decrease', '13'],
    ]);
  });
  it('takes the fund from the figure’s words, the sentence’s subject or the heading', () => {
    const c = read('（五）一般公共预算当年拨款情况说明', '城乡社区（类）支出226,000.00万元，占52.2%。', '四、政府性基金预算支出情况说明', '城乡社区（类）支出211,000.00万元。');
    expect(c.filter((x) => x.metric === 'function_class_amount').map((x) => [x.amount?.text, x.scope])).toEqual([
      ['226000.00', 'gpb'],
      ['211000.00', 'gov_fund'],
    ]);
  });
  it('gives low confidence to a line’s first figure whose subject a page break cut off (支出10.05万元，…)', () => {
    const c = read('2026年公务接待费', '支出10.05万元，比上年预算减少4.95万元。');
    expect(c.find((x) => x.amount?.text === '10.05')?.confidence).toBeLessThan(0.8);
    expect(read('支出合计10.05万元。')[0].confidence).toBe(1);
  });
});

describe('narrative zero statements', () => {
  it('reads 政府性基金拨款支出预算为0 as a zero figure of the fund, without a unit', () => {
    const c = read('一般公共预算拨款支出预算30,441万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。');
    expect(c.filter((x) => x.amount?.fen === 0).map((x) => x.metric)).toEqual(['gov_fund_total', 'soe_total']);
    expect(read('满意度达到90%，完成率为0%。').some((x) => x.amount?.fen === 0)).toBe(false);
  });
});
