import { describe, expect, it } from 'vitest';
import { boxOptions, tickedAttribute } from '../../../src/recognise/performance/checkbox.js';
import { isoDate } from '../../../src/recognise/performance/dates.js';
import { isFormTitle } from '../../../src/recognise/performance/forms.js';
import { printedAmount } from '../../../src/recognise/performance/funds.js';
import { matchFieldLabel, matchLevel1, matchLevel2 } from '../../../src/recognise/performance/labels.js';
import { splitAtLabels } from '../../../src/recognise/performance/rows.js';

const at = { line: 1 };

describe('labels', () => {
  it('reads 二级 labels as printed, truncated or without 指标', () => {
    expect(matchLevel2('服务对象满意')?.name).toBe('服务对象满意度指标');
    expect(matchLevel2('服务对象满意度指')?.name).toBe('服务对象满意度指标');
    expect(matchLevel2('环境效益')).toEqual({ name: '生态效益指标', level1: '效益指标' });
    expect(matchLevel2('可持续影响')?.name).toBe('可持续影响指标');
    expect(matchLevel2('11－数量指标')?.name).toBe('数量指标');
  });

  it('near misses: targets and texts that merely contain a label word are not labels', () => {
    expect(matchLevel2('可持续')).toBeNull();
    expect(matchLevel2('无经济效益')).toBeNull();
    expect(matchLevel2('服务对象')).toBeNull();
    expect(matchLevel2('数量')).toBeNull();
    expect(matchLevel1('产出')).toBeNull();
    expect(matchLevel1('满意度指标')).toBe('满意度指标');
  });

  it('field labels take their value from the same cell after the colon', () => {
    expect(matchFieldLabel('项目实施单位：高新区人社局')).toEqual({ key: 'implementingUnit', rest: '高新区人社局' });
    expect(matchFieldLabel('项目实施时')).toEqual({ key: 'period', rest: '' });
    expect(matchFieldLabel('其中: 财政拨款')).toEqual({ key: 'fiscal', rest: '' });
    expect(matchFieldLabel('起: 2021年01月')).toEqual({ key: 'start', rest: '2021年01月' });
    // 起/止 starting a sentence are not labels.
    expect(matchFieldLabel('起草文件')).toBeNull();
    expect(matchFieldLabel('止损')).toBeNull();
  });

  it('splits a whole form line held in one cell at its labels, but not prose', () => {
    const cell = { text: '项目实施单位：高新区人社局 2020年 12 月 28 日单位：万元', col: 0, place: at };
    expect(splitAtLabels(cell).map((c) => c.text)).toEqual(['项目实施单位：高新区人社局 2020年 12 月 28 日', '单位：万元']);
    const funds = { text: '项目资金（单位：元）', col: 0, place: at };
    expect(splitAtLabels(funds)).toEqual([funds]);
    const prose = { text: '项目概况：联系电话：略', col: 0, place: at };
    expect(splitAtLabels(prose)).toEqual([prose]);
  });

  it('titles: the form title, not a contents line naming it', () => {
    const row = (text: string) => ({ cells: [{ text, col: 0, place: at }], place: at });
    expect(isFormTitle(row('高新区财政项目支出绩效目标申报审核表'))).toBe(true);
    expect(isFormTitle(row('2021年项目支出绩效目标表'))).toBe(true);
    expect(isFormTitle(row('- 十一、预算项目支出绩效目标表'))).toBe(false);
    expect(isFormTitle(row('十一、预算项目支出绩效目标表'))).toBe(false);
    expect(isFormTitle(row('绩效目标表的说明'))).toBe(false);
  });
});

describe('checkboxes', () => {
  it('reads the ticked HTML box', () => {
    const text =
      '<input type="checkbox"/> 新增项目 <input type="checkbox"/> 一次性项目 <input checked="" type="checkbox"/> 延续性项目';
    expect(boxOptions(text)).toEqual([
      { label: '新增项目', checked: false },
      { label: '一次性项目', checked: false },
      { label: '延续性项目', checked: true },
    ]);
    expect(tickedAttribute([text])).toBe('延续');
  });

  it('reads glyph boxes and a tick in a later cell', () => {
    expect(tickedAttribute(['□新增项目 ☑一次性项目 □延续性项目'])).toBe('一次性');
    expect(tickedAttribute(['<input type="checkbox"/> 新增项目', '<input checked="" type="checkbox"/> 延续性项目'])).toBe('延续');
  });

  it('near misses: no tick, a tick on an unrelated box, the words without a box', () => {
    expect(tickedAttribute(['<input type="checkbox"/> 新增项目', '<input type="checkbox"/> 一次性项目'])).toBeNull();
    expect(tickedAttribute(['<input checked="" type="checkbox"/> 其他'])).toBeNull();
    expect(tickedAttribute(['延续性项目'])).toBeNull();
    expect(tickedAttribute(['<input checked="false" type="checkbox"/> 新增项目'])).toBeNull();
  });
});

describe('dates', () => {
  it('gives the first day of a start month and the last day of an end month', () => {
    expect(isoDate('2021年1月', 'start')).toBe('2021-01-01');
    expect(isoDate('2021 年 12 月', 'end')).toBe('2021-12-31');
    expect(isoDate('2024年2月', 'end')).toBe('2024-02-29');
    expect(isoDate('2021年01月', 'start')).toBe('2021-01-01');
    expect(isoDate('2021-06', 'end')).toBe('2021-06-30');
    expect(isoDate('2021年3月15日', 'end')).toBe('2021-03-15');
    expect(isoDate('2021年', 'end')).toBe('2021-12-31');
  });

  it('near misses: no month 13, no day 31 in April, no ranges', () => {
    expect(isoDate('2021年13月', 'start')).toBeNull();
    expect(isoDate('2021年4月31日', 'end')).toBeNull();
    expect(isoDate('2021年1月至2021年12月', 'start')).toBeNull();
    expect(isoDate('年 月 日', 'start')).toBeNull();
  });
});

describe('printed amounts', () => {
  it('takes the unit written after the figure, else the form unit', () => {
    expect(printedAmount('18万元', '万元', at)).toMatchObject({ text: '18', unit: '万元', fen: 18_000_000 });
    expect(printedAmount('145.8', '万元', at)).toMatchObject({ text: '145.8', fen: 145_800_000, decimals: 1 });
    expect(printedAmount('0.45万', '元', at)).toMatchObject({ unit: '万元', fen: 450_000 });
    expect(printedAmount('1,200元', '万元', at)).toMatchObject({ text: '1200', unit: '元', fen: 120_000 });
  });

  it('near misses: blank, words and a figure inside a sentence give null', () => {
    expect(printedAmount('', '万元', at)).toBeNull();
    expect(printedAmount('-', '万元', at)).toBeNull();
    expect(printedAmount('不超过40万', '万元', at)).toBeNull();
    expect(printedAmount('18万元（含其他）', '万元', at)).toBeNull();
  });
});
