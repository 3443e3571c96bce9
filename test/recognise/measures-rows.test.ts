/** Column measures and the numbering row: readings behind corpus errors (Wuhan, Shenzhen, Hangzhou, Xi'an). */
import { describe, expect, it } from 'vitest';
import { measureOf } from '../../src/recognise/measures.js';
import { isColumnNumberRow } from '../../src/recognise/rows.js';
import type { GridRow } from '../../src/model/index.js';

const row = (...texts: string[]): GridRow =>
  ({ cells: texts.map((text, col) => ({ text, col, colSpan: 1, rowSpan: 1, place: { page: 1 } })), place: { page: 1 } }) as unknown as GridRow;

describe('measureOf', () => {
  it('reads 事业收入/金额 as that income and 其中 columns as parts, not as totals', () => {
    expect(measureOf('事业收入/金额')).toBe('business_income');
    expect(measureOf('事业收入/其中:教育收费')).toBe('of_which');
    expect(measureOf('收入/金额')).toBe('total');
  });
  it('reads 支出总计 as the total and 政府采购项目/小计 as procurement, not as the row total', () => {
    expect(measureOf('支出总计')).toBe('total');
    expect(measureOf('2026年政府采购项目/小计')).toBe('government_procurement');
    expect(measureOf('使用非财政拨款结余')).toBe('non_fiscal_balance');
  });
  it('reads 其他资金 printed under a 财政拨款 header as other money, not as the appropriation', () => {
    expect(measureOf('财政拨款/其他资金')).toBe('other_funds');
    expect(measureOf('财政拨款/总计/一般公共预算')).toBe('gpb');
  });
});

describe('isColumnNumberRow', () => {
  it("takes '** 1 2 3 4 5' (label columns starred) as the numbering row", () => {
    expect(isColumnNumberRow(row('**', '1', '2', '3', '4', '5'))).toBe(true);
    expect(isColumnNumberRow(row('**', '**', '1', '2', '3', '**'))).toBe(true);
    expect(isColumnNumberRow(row('合计', '1', '2', '3'))).toBe(false);
  });
});
