/**
 * corpus-health's two independent checks on a real budget (Fuzhou's 医疗保障局, ../shared/corpus/pdf):
 * the standard tables found from the page text alone, and the arithmetic identities a read table must
 * satisfy, with the tolerance its printed decimals allow.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import { corpusFile } from '../../scripts/lib/corpus.js';
import { tableIdentities, threePublicTableIdentities } from '../../scripts/lib/identities.js';
import { pageLines, type PageLines } from '../../scripts/lib/page-text.js';
import { MIN_AMOUNTS, printedTables } from '../../scripts/lib/printed-tables.js';
import { processFile } from '../corpus-pages.js';

const FILE = corpusFile('pdf/renwu/2026年福州市医疗保障局部门预算.pdf');
let pages: PageLines[];
let result: DocumentResult;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  pages = await pageLines(bytes);
  result = await processFile(FILE, bytes);
});

describe('printed tables from the page text', () => {
  it('finds each of the seven core tables once, on its own page, and not on the 目录 page', () => {
    const core = printedTables(pages).filter((t) => t.amounts >= MIN_AMOUNTS && t.kind !== 'gov_fund' && t.kind !== 'soe_capital');
    const byKind = Object.fromEntries(core.map((t) => [t.kind, core.filter((x) => x.kind === t.kind).map((x) => x.page)]));
    expect(byKind).toMatchObject({
      income_expenditure_summary: [10], income_summary: [11], expenditure_summary: [12], fiscal_appropriation_summary: [13],
      gpb_expenditure: [14], three_public: [21],
    });
    // The 目录 (p.2-3) names every table but prints no amounts under the names.
    expect(core.every((t) => t.page >= 10)).toBe(true);
  });

  it('keeps an empty fund table apart from the core tables, with the amounts it prints', () => {
    const fund = printedTables(pages).find((t) => t.kind === 'gov_fund');
    expect(fund?.page).toBe(15);
  });
});

describe('identities of a read table', () => {
  const gpb = () => result.facts!.tables.find((t) => t.kind === 'gpb_expenditure')!;

  it('the general-budget table closes: total = Σ类, 类 = Σ款, 款 = Σ项, 合计 = 基本 + 项目', () => {
    const results = tableIdentities(gpb());
    const kinds = new Set(results.map((r) => r.identity));
    for (const k of ['合计 = Σ类', '类 = Σ款', '款 = Σ项', '合计 = 基本 + 项目']) expect(kinds.has(k), k).toBe(true);
    expect(results.filter((r) => r.outcome === 'fails')).toEqual([]);
  });

  it('a 项 off by less than the printed rounding of the figures summed is rounding; off by more, 款 = Σ项 fails', () => {
    const table = gpb();
    const item = table.lineItems.find((c) => c.code === '2101501' && c.measure === 'total')!;
    const half = 0.5 * 10 ** -item.amount.decimals * 1_000_000; // 万元, in fen
    const shifted = (by: number) =>
      tableIdentities({ ...table, lineItems: table.lineItems.map((c) => (c === item ? { ...c, amount: { ...c.amount, fen: c.amount.fen! + by } } : c)) });
    const at = (rs: ReturnType<typeof shifted>) => rs.find((r) => r.identity === '款 = Σ项' && r.subject.startsWith('21015 ') && r.subject.endsWith(' total'))!;
    expect(at(shifted(half / 2)).outcome).toBe('rounding');
    // Six figures take part (the 款 and its five 项): past six half-units it is no longer rounding.
    expect(at(shifted(half * 7)).outcome).toBe('fails');
  });

  it('the 三公 figures add up: 合计 = 出国 + 接待 + 公车, 公车 = 购置 + 运行', () => {
    const results = threePublicTableIdentities(result.facts!.threePublic.filter((f) => f.source === 'table'));
    expect(results.map((r) => r.identity)).toEqual(expect.arrayContaining(['三公 合计 = 出国 + 接待 + 公车', '公车 = 购置 + 运行']));
    expect(results.every((r) => r.outcome !== 'fails')).toBe(true);
  });
});
