import { describe, expect, it } from 'vitest';
import type { BudgetTable } from '../../src/model/index.js';
import { LUOYANG, readGolden, textFacts, wanToFen } from '../helpers.js';

const facts = textFacts(LUOYANG);
const golden = readGolden('luoyang-2021-function-lines.tsv');
const MEASURES = ['total', 'basic', 'wages', 'household_transfers', 'goods_services', 'project', 'project_general', 'project_special', 'project_other'];

function table(kind: BudgetTable['kind']): BudgetTable {
  const t = facts.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} table recognised`);
  return t;
}

describe('洛阳高新区 2021 budget: document', () => {
  it('knows the department, year, type and unit', () => {
    expect(facts.meta.department).toBe('洛阳高新技术产业开发区人力资源和社会保障局');
    expect(facts.meta.fiscalYear).toBe(2021);
    expect(facts.meta.docType).toBe('budget');
    expect(facts.meta.narrativeUnit).toBe('万元');
    expect(facts.meta.isDisclosure).toBe(true);
  });

  it('recognises the four tables it prints, with their units', () => {
    expect(facts.tables.map((t) => [t.kind, t.unit])).toEqual([
      ['expenditure_summary', '万元'],
      ['fiscal_appropriation_summary', '万元'],
      ['gpb_expenditure', '万元'],
      ['three_public', '万元'],
    ]);
  });

  it('lists the eleven tables of the 目录', () => {
    expect(facts.listedTables.map((l) => l.kind)).toEqual([
      'income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_appropriation_summary',
      'gpb_expenditure', 'gpb_basic_by_economic', 'three_public', 'gov_fund', 'soe_capital', 'dept_performance', 'project_performance',
    ]);
  });
});

describe.each(['expenditure_summary', 'gpb_expenditure'] as const)('洛阳高新区 2021 budget: %s', (kind) => {
  const t = table(kind);
  it('has all 13 项 lines with full 7-digit codes, in order', () => {
    const codes = [...new Set(t.lineItems.filter((li) => li.rowKind === 'item').map((li) => li.code))];
    expect(codes).toEqual(golden.map((g) => g.code));
  });

  it.each(golden.map((g) => [g.code, g] as const))('line %s: every measure exact, blank kept as blank', (code, g) => {
    for (const m of MEASURES) {
      const li = t.lineItems.filter((x) => x.code === code && x.measure === m);
      expect(li, `${code} ${m}`).toHaveLength(1);
      const a = li[0].amount;
      if (g[m]) {
        expect(a.fen, `${code} ${m}`).toBe(wanToFen(g[m]));
        expect(a.unit).toBe('万元');
      } else {
        expect(a.text, `${code} ${m} should be blank`).toBeNull();
        expect(a.fen).toBeNull();
      }
      expect(a.place.line).toBeGreaterThan(0);
    }
  });

  it('reads the 合计 row as the total row', () => {
    const total = t.lineItems.find((li) => li.rowKind === 'total' && li.measure === 'total');
    expect(total?.amount.fen).toBe(wanToFen('7723.46'));
    expect(t.lineItems.find((li) => li.rowKind === 'total' && li.measure === 'project_special')?.amount.fen).toBe(wanToFen('3.74'));
  });

  it('classifies the lines as function lines', () => {
    expect(t.lineItems.filter((li) => li.code).every((li) => li.classification === 'function')).toBe(true);
  });
});

describe('洛阳高新区 2021 budget: 财政拨款收支总体情况表', () => {
  const t = table('fiscal_appropriation_summary');
  const get = (side: 'income' | 'expenditure', name: RegExp, measure: string) =>
    t.lineItems.find((li) => li.side === side && name.test(li.name) && li.measure === measure)?.amount;

  it('reads the income side, merged cells included', () => {
    expect(get('income', /一般公共预算\/小计/, 'total')?.fen).toBe(wanToFen('7723.46'));
    expect(get('income', /一般公共预算\/财政拨款/, 'total')?.fen).toBe(wanToFen('7723.46'));
    expect(get('income', /收入合计/, 'total')?.fen).toBe(wanToFen('7723.46'));
  });

  it('reads the expenditure side by 类 with its columns', () => {
    expect(get('expenditure', /^社会保障和就业$/, 'total')?.fen).toBe(wanToFen('6238.68'));
    expect(get('expenditure', /^社会保障和就业$/, 'gpb')?.fen).toBe(wanToFen('6238.68'));
    expect(get('expenditure', /^社会保障和就业$/, 'fiscal_appropriation')?.fen).toBe(wanToFen('6238.68'));
    expect(get('expenditure', /^社会保障和就业$/, 'gov_fund')?.text ?? null).toBeNull();
    expect(get('expenditure', /^卫生健康$/, 'total')?.fen).toBe(wanToFen('1462.83'));
    expect(get('expenditure', /^住房保障支出$/, 'total')?.fen).toBe(wanToFen('21.95'));
    expect(get('expenditure', /^支出合计$/, 'total')?.fen).toBe(wanToFen('7723.46'));
  });
});

describe('洛阳高新区 2021 budget: 三公', () => {
  const figures = (source: 'table' | 'narrative') =>
    Object.fromEntries(facts.threePublic.filter((f) => f.source === source).map((f) => [f.item, f.amount.text]));

  it('reads the table: total and reception 0.50, the other items blank', () => {
    expect(figures('table')).toEqual({
      total: '0.50', outbound: null, reception: '0.50', vehicle_total: null, vehicle_operation: null, vehicle_purchase: null,
    });
    expect(facts.threePublic.filter((f) => f.source === 'table').every((f) => f.period === 'budget')).toBe(true);
  });

  it('reads the narrative figures', () => {
    expect(figures('narrative')).toEqual({ total: '0.5', outbound: '0', vehicle_total: '0', reception: '0.5' });
  });
});
