import { describe, expect, it } from 'vitest';
import { LUOYANG, textFacts, wanToFen } from '../helpers.js';

const { claims } = textFacts(LUOYANG);
const find = (metric: string, subject?: RegExp) =>
  claims.filter((c) => c.metric === metric && (!subject || (c.subject && subject.test(c.subject))));

describe('洛阳高新区 2021 budget: narrative claims', () => {
  it('states the totals', () => {
    expect(find('income_total').map((c) => c.amount?.fen)).toEqual([wanToFen('7723.46'), wanToFen('7723.46')]);
    expect(find('expenditure_total')[0].amount?.fen).toBe(wanToFen('7723.46'));
    expect(find('gpb_expenditure_total')[0].amount?.fen).toBe(wanToFen('7723.46'));
    expect(find('gpb_income')[0].amount?.fen).toBe(wanToFen('7723.46'));
  });

  it('states basic and project spending with their shares of the total', () => {
    expect(find('basic_expenditure')[0].amount?.fen).toBe(wanToFen('4618.49'));
    expect(find('project_expenditure')[0].amount?.fen).toBe(wanToFen('3104.97'));
    const basic = find('basic_share')[0];
    expect([basic.percent, basic.basis]).toEqual(['59.80', 'expenditure_total']);
    expect(find('project_share')[0].percent).toBe('40.20');
  });

  it('states each 类 of general-budget spending with its share', () => {
    const classes = find('function_class_amount').map((c) => [c.subject, c.amount?.text]);
    expect(classes).toEqual([
      ['一般公共服务支出', '0'],
      ['社会保障和就业支出', '6238.68'],
      ['卫生与健康支出', '1462.83'],
      ['住房保障支出', '21.95'],
    ]);
    expect(find('function_class_share').map((c) => c.percent)).toEqual(['0', '80.78', '18.94', '0.28']);
    expect(find('function_class_share').every((c) => c.basis === 'gpb_expenditure_total')).toBe(true);
  });

  it('states 人员经费 and 公用经费 as parts of basic spending', () => {
    const personnel = find('personnel')[0];
    expect([personnel.amount?.fen, personnel.basis]).toEqual([wanToFen('319.95'), 'basic_expenditure']);
    expect(find('public_funds')[0].amount?.fen).toBe(wanToFen('4298.54'));
  });

  it('states 三公 and 机关运行经费 with their year-over-year changes', () => {
    expect(find('three_public_total')[0].amount?.fen).toBe(wanToFen('0.5'));
    expect(find('three_public_reception')[0].amount?.fen).toBe(wanToFen('0.5'));
    expect(find('admin_running_cost')[0].amount?.fen).toBe(wanToFen('92.64'));
    const changes = find('yoy_change').map((c) => [c.basis, c.amount?.text, c.percent, c.direction]);
    expect(changes).toEqual([
      ['expenditure_total', '1406.9', '22', 'increase'],
      ['gpb_expenditure_total', '1406.9', '22', 'increase'],
      ['gov_fund_total', '0', '0', 'increase'],
      ['three_public_total', '5.2', '91.23', 'decrease'],
      ['three_public_reception', '5.2', '91.23', 'decrease'],
      ['admin_running_cost', '57.27', '160.42', 'increase'],
    ]);
  });

  it('states the project count and totals', () => {
    expect(find('project_count')[0].count).toBe(23);
    const projects = find('project_expenditure').find((c) => c.count === 23);
    expect(projects?.amount?.fen).toBe(wanToFen('3104.97'));
    expect(find('large_project_count')[0].count).toBe(6);
    expect(find('large_project_funds')[0].amount?.fen).toBe(wanToFen('2759.6'));
  });

  it('keeps the sentence and its line for every claim', () => {
    for (const c of claims) {
      expect(c.text.length).toBeGreaterThan(4);
      expect(c.place.line).toBeGreaterThan(0);
    }
    expect(find('admin_running_cost')[0].place.line).toBe(106);
  });
});
