import { describe, expect, it } from 'vitest';
import { textFacts, WANLI } from '../helpers.js';

/** 万里街道 2025: text pulled from a PDF without tabs, page markers, tables whose title follows their rows. */
const facts = textFacts(WANLI);
const item = (kind: string, code: string, measure: string) =>
  facts.tables.find((t) => t.kind === kind)?.lineItems.find((li) => li.code === code && li.measure === measure)?.amount;

describe('万里街道 2025 budget (space-separated text extraction)', () => {
  it('knows the department, year and type despite the scrambled title line', () => {
    expect(facts.meta.department).toBe('上海市普陀区人民政府万里街道办事处');
    expect(facts.meta.fiscalYear).toBe(2025);
    expect(facts.meta.docType).toBe('budget');
  });

  it('finds the nine tables, in 元, from titles printed after their rows', () => {
    expect(facts.tables.map((t) => t.kind)).toEqual([
      'income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_appropriation_summary',
      'gpb_expenditure', 'gov_fund', 'soe_capital', 'gpb_basic_by_economic', 'three_public',
    ]);
    expect(facts.tables.filter((t) => t.kind !== 'three_public').every((t) => t.unit === '元')).toBe(true);
  });

  it('reads 类, 款 and 项 rows with their codes, across page breaks', () => {
    expect(item('expenditure_summary', '212', 'total')?.fen).toBe(154_369_326_00);
    expect(item('expenditure_summary', '21201', 'basic')?.fen).toBe(77_381_546_00);
    expect(item('expenditure_summary', '2120101', 'total')?.fen).toBe(17_887_739_00);
    expect(item('expenditure_summary', '2120101', 'basic')?.fen).toBe(17_737_739_00);
    expect(item('gpb_expenditure', '2210203', 'total')?.fen).toBe(3_340_800_00);
    expect(item('income_summary', '2080505', 'fiscal_appropriation')?.fen).toBe(4_827_156_00);
    const total = facts.tables.find((t) => t.kind === 'expenditure_summary')!.lineItems.find((li) => li.rowKind === 'total' && li.measure === 'total');
    expect(total?.amount.fen).toBe(189_767_551_00);
  });

  it('puts back the 项目支出 column printed as separate lists, by arithmetic', () => {
    expect(item('expenditure_summary', '201', 'project')?.fen).toBe(3_296_600_00);
    expect(item('expenditure_summary', '2120101', 'project')?.fen).toBe(150_000_00);
    expect(item('expenditure_summary', '21201', 'project')?.text).toBe('17614243'); // as printed: 1 元 of rounding
    expect(item('expenditure_summary', '2080501', 'project')?.text).toBeNull(); // all basic: blank
    expect(item('gpb_expenditure', '2210301', 'project')).toBeUndefined(); // no such code
    const total = facts.tables.find((t) => t.kind === 'gpb_expenditure')!.lineItems.find((li) => li.rowKind === 'total' && li.measure === 'project');
    expect(total?.amount.fen).toBe(88_425_805_00);
    expect(item('gpb_basic_by_economic', '30201', 'public_funds')?.fen).toBe(4_333_478_00);
  });

  it('reads the economic classification table', () => {
    expect(item('gpb_basic_by_economic', '30101', 'total')?.fen).toBe(6_084_184_00);
    expect(item('gpb_basic_by_economic', '30217', 'total')?.fen).toBe(13_500_00);
    const econ = facts.tables.find((t) => t.kind === 'gpb_basic_by_economic')!;
    expect(econ.lineItems.filter((li) => li.code).every((li) => li.classification === 'economic')).toBe(true);
  });

  it('keeps the empty fund and SOE tables as empty, with their note', () => {
    const fund = facts.tables.find((t) => t.kind === 'gov_fund')!;
    expect(fund.empty).toBe(true);
    expect(fund.note).toMatch(/无政府性基金预算/);
  });

  it('reads the 三公 table (a column lost in extraction stays blank) and the narrative figures', () => {
    const table = Object.fromEntries(facts.threePublic.filter((f) => f.source === 'table').map((f) => [f.item, f.amount.text]));
    expect(table).toEqual({ total: '37.91', reception: '1.35', vehicle_total: '36.56', vehicle_purchase: '15.00', vehicle_operation: '21.56', outbound: null });
    const text = Object.fromEntries(facts.threePublic.filter((f) => f.source === 'narrative').map((f) => [f.item, f.amount.text]));
    expect(text).toMatchObject({ total: '37.91', outbound: '0.00', vehicle_total: '36.56', reception: '1.35' });
  });

  it('reads the narrative per-项 figures with last year beside them', () => {
    const items = facts.claims.filter((c) => c.metric === 'function_item_amount');
    expect(items.filter((c) => c.period === 'current')).toHaveLength(33);
    const first = items.filter((c) => /专项普查活动/.test(c.subject ?? ''));
    expect(first.map((c) => [c.period, c.amount?.text])).toEqual([['current', '43.83'], ['prior', '25.77']]);
    const gpb = facts.claims.find((c) => c.metric === 'gpb_expenditure_total');
    expect(gpb?.amount?.text).toBe('0.00'); // the narrative's own (wrong) figure, kept for the rules to catch
  });
});
