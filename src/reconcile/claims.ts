import { Decimal } from 'decimal.js';
import type { Claim, DocumentFacts, ThreePublicItem } from '../model/index.js';
import { nameKey } from '../util/cjk.js';
import { cellOf, columnLabel, type ReconcileContext, totalRows } from './context.js';
import { classCodeOf, codedRows, FUNCTION_CLASSES, topLevel } from './codes.js';
import { fromAmount, sumOf, type Quantity } from './quantity.js';
import { evidenceAt } from './evidence.js';
import { gpbOnly, totalCells } from './scope.js';
import { ITEM_NAMES } from './three-public.js';

/**
 * Reading narrative claims: what a figure means (so it can be matched with the table cell of the same
 * meaning) and what kind of statement it is. Recognisers name metrics freely ('expenditure_total',
 * 'basic_share', 'three_public_total_yoy' ...); the subject (the document's words) backs the metric up.
 */

export type Meaning =
  | { kind: 'expenditure_total' }
  | { kind: 'income_total' }
  | { kind: 'grand_total' }
  | { kind: 'fiscal_grand_total' }
  | { kind: 'basic' }
  | { kind: 'project' }
  | { kind: 'gpb_total' }
  | { kind: 'gpb_income' }
  | { kind: 'gov_fund_income' }
  | { kind: 'fiscal_total' }
  | { kind: 'gpb_basic' }
  | { kind: 'gov_fund_total' }
  | { kind: 'soe_total' }
  | { kind: 'personnel' }
  | { kind: 'public_funds' }
  | { kind: 'function_class'; code: string; measure?: 'basic' | 'project'; scope?: FundScope }
  | { kind: 'three_public'; item: ThreePublicItem }
  | { kind: 'other'; key: string };

/** The fund a 类 figure is of, where the claim says: its cell is in that fund's table or column only. */
export type FundScope = Exclude<NonNullable<Claim['scope']>, 'all'>;

export function meaningKey(m: Meaning): string {
  if (m.kind === 'function_class') return `class:${m.code}${m.measure ? `:${m.measure}` : ''}`;
  if (m.kind === 'three_public') return `3p:${m.item}`;
  if (m.kind === 'other') return `other:${m.key}`;
  return m.kind;
}

/** A metric name without the statement-kind suffix: 'basic_share' -> 'basic'. */
export function baseMetric(metric: string): string {
  return metric
    .toLowerCase()
    .replace(/[-\s]+/g, '_')
    .replace(/_(share|ratio|percent|pct|yoy|change|growth|rate|diff|difference|amount|value|current|prior|budget|final)$/g, '')
    .replace(/_(share|yoy|change)$/g, '');
}

const THREE_PUBLIC_SUBJECT: [RegExp, ThreePublicItem][] = [
  [/购置及运行|用车费|公车/, 'vehicle_total'],
  [/购置/, 'vehicle_purchase'],
  [/运行/, 'vehicle_operation'],
  [/出国|出境/, 'outbound'],
  [/接待/, 'reception'],
  [/三公/, 'total'],
];

/** What a claim's figure is, from its metric (backed by its subject); null when nothing is known. */
export function meaningOf(metric: string | null, subject: string | null): Meaning | null {
  const m = metric ? baseMetric(metric) : '';
  const s = subject ? nameKey(subject) : '';
  // The recogniser said it is some other figure ('一般公共预算拨款安排的会议费'): its words must not make it a total.
  if (/^other(_amount|_percent|_count)?$/.test(m)) return { kind: 'other', key: `${m}|${s}` };
  if (/three_?public|sangong/.test(m) || /三公|因公出国|公务接待|公务用车/.test(s)) {
    const bySuffix: Record<string, ThreePublicItem> = {
      outbound: 'outbound',
      reception: 'reception',
      vehicle: 'vehicle_total',
      vehicle_total: 'vehicle_total',
      vehicle_purchase: 'vehicle_purchase',
      vehicle_operation: 'vehicle_operation',
    };
    const suffix = m.replace(/^three_?public_?/, '');
    const item = bySuffix[suffix] ?? THREE_PUBLIC_SUBJECT.find(([re]) => re.test(s))?.[1] ?? 'total';
    return { kind: 'three_public', item };
  }
  const code = subject ? classCodeOf(subject) : null;
  if (code && !/基本|项目/.test(s)) return { kind: 'function_class', code };
  const m3 = /^(function|func|class|category|functional)_?(class)?_?(\d{3})?$/.exec(m);
  if (m3 && code) return { kind: 'function_class', code };
  // 收入支出总计 includes carry-overs: it is the 总计 row, not 本年收入/支出合计.
  if (m === 'fiscal_grand_total') return { kind: 'fiscal_grand_total' };
  if (m === 'grand_total') return { kind: 'grand_total' };
  if (/personnel|staff/.test(m) || /^人员经费/.test(s)) return { kind: 'personnel' };
  if (/public_?funds?|public_?expense|office_expense/.test(m) || /^(日常)?公用经费/.test(s)) return { kind: 'public_funds' };
  // A figure the recogniser named ('一般公共预算拨款安排的机关运行经费') is not the fund its words start with.
  if (/^(admin_running_cost|government_procurement|fixed_assets|evaluated_funds|large_project_funds|target_project_funds)$/.test(m)) return { kind: 'other', key: `${m}|${s}` };
  // A fund's words inside a carry-over (上年结转结余的政府性基金预算收入) or a 项 line (…其他政府性基金安排的支出（项）)
  // do not make it the fund's total; this year's fund income is not the fund's expenditure table either.
  if (/carry_?over/.test(m) || /^上年结转|^年初结转/.test(s)) return { kind: 'other', key: `${m}|${s}` };
  if (/^function_(item|kuan|xiang|subitem)/.test(m)) return { kind: 'other', key: `${m}|${s}` };
  if (/^gov(ernment)?_?fund_income$/.test(m) || /^政府性基金(预算)?(当年)?(财政)?(拨款)?收入$/.test(s)) return { kind: 'gov_fund_income' };
  if (/gov(ernment)?_?fund/.test(m) || /政府性基金/.test(s)) return { kind: 'gov_fund_total' };
  if (/soe|state_?capital/.test(m) || /国有资本经营/.test(s)) return { kind: 'soe_total' };
  if (/gpb_?basic|general_budget_basic/.test(m) || /一般公共预算基本支出/.test(s)) return { kind: 'gpb_basic' };
  if (/^(basic|basic_expenditure|basic_total)$/.test(m) || /^基本支出/.test(s)) return { kind: 'basic' };
  if (/^(project|project_expenditure|project_total|projects)$/.test(m) || /^项目支出$/.test(s)) return { kind: 'project' };
  // This year's general-budget income is not the general-budget table's total, which adds carry-overs.
  if (/^gpb_income$/.test(m) || /^一般公共预算(当年)?(财政)?拨款收入$|^一般公共预算收入$/.test(s)) return { kind: 'gpb_income' };
  if (/^fiscal_(expenditure_)?total$/.test(m)) return { kind: 'fiscal_total' };
  if (/^(gpb|general_(public_)?budget)/.test(m) || /^一般公共预算/.test(s)) return { kind: 'gpb_total' };
  if (/^(income|revenue)(_total)?$|^total_income$/.test(m) || /^收入(总计|合计)?$/.test(s)) return { kind: 'income_total' };
  if (/^(expenditure|expense|spending)(_total)?$|^total_expenditure$|^total$/.test(m) || /^支出(总计|合计)?$/.test(s)) return { kind: 'expenditure_total' };
  if (!m && !s) return null;
  return { kind: 'other', key: `${m}|${s}` };
}

/** A meaning the recogniser named (a total, a 类, 机关运行经费 …), not 'some figure'. */
export function isNamedMeaning(m: Meaning | null): boolean {
  return m !== null && !(m.kind === 'other' && /^(other|yoy|\|)/.test(m.key));
}

export function claimMeaning(c: Claim): Meaning | null {
  // Rules ask for the meaning of every other claim of the document for each claim: quadratic, hence remembered.
  if (meanings.has(c)) return meanings.get(c)!;
  const m = meaningOfClaim(c);
  meanings.set(c, m);
  return m;
}
const meanings = new WeakMap<Claim, Meaning | null>();

function meaningOfClaim(c: Claim): Meaning | null {
  const m = meaningOf(c.metric, c.subject);
  // '农林水支出83万元，主要用于人员经费18万元': the part of one 类 or item is not the department's figure.
  if (m && c.basis && /^(personnel|public_funds|basic|project)$/.test(m.kind) && !/share/.test(c.metric)) {
    const whole = meaningOf(c.basis, null)?.kind;
    if (whole === 'function_class' || whole === 'other') return { kind: 'other', key: `${c.metric}|of:${c.basis}` };
  }
  if (m?.kind !== 'function_class') return m;
  const scoped = c.scope && c.scope !== 'all' ? { ...m, scope: c.scope } : m;
  // '项目支出…其中：一般公共服务支出417.41万元' is the 类's project expenditure, not its total.
  if (c.basis && !/share/.test(c.metric)) {
    const part = meaningOf(c.basis, null)?.kind;
    if (part === 'basic' || part === 'project') return { ...scoped, measure: part };
  }
  return scoped;
}

/** Year-over-year change: a direction word (增加/减少/增长/下降/持平) not measured against the budget. */
export function isChange(c: Claim): boolean {
  return c.direction !== null && !isVersusBudget(c);
}

/** Final accounts compared with the budget (决算数大于/小于/等于预算数, 完成预算的x%). */
export function isVersusBudget(c: Claim): boolean {
  return /budget|预算/.test(c.basis ?? '') && /final|决算/.test(`${c.metric} ${c.text}`) && !/上年|prior|yoy/.test(`${c.basis} ${c.metric}`);
}

/** A share (占 x%): a percent without a direction word. */
export function isShare(c: Claim): boolean {
  if (c.percent === null || c.direction !== null || isVersusBudget(c)) return false;
  if (/增幅|降幅|增长|下降|增加|减少|变化|同比|完成|执行率/.test(c.subject ?? '')) return false;
  return /share|ratio|proportion/.test(c.metric) || /占/.test(c.text);
}

/** A level: an amount stated for the current period that is not a change. */
export function isLevel(c: Claim): boolean {
  return c.amount !== null && c.amount.text !== null && !isChange(c) && !isVersusBudget(c) && c.period === 'current';
}

/** Metrics that say only 'some amount': too vague to match or to compare with each other. */
export const GENERIC_METRICS = /^other_(amount|percent|count)$/;

/**
 * Whether a level claim's words name the figure its meaning points at. A bare '支出决算' in a final-accounts
 * item sentence is not the total; nor, in final accounts, is a figure the words call the budget (预算 not 决算)
 * comparable with the final-accounts columns.
 */
export function namesItsFigure(facts: DocumentFacts, c: Claim, meaning: Meaning): boolean {
  const s = nameKey(c.subject ?? '');
  if (facts.meta.docType === 'final_accounts' && /预算/.test(s) && !/决算/.test(s) && !/一般公共预算$|一般公共预算(拨款|财政拨款)?(收入|支出)?$/.test(s)) return false;
  if (s && (meaning.kind === 'basic' || meaning.kind === 'project') && !/基本|项目/.test(s)) return false;
  if (s && (meaning.kind === 'personnel' || meaning.kind === 'public_funds') && !/人员|公用/.test(s)) return false;
  if (meaning.kind === 'expenditure_total' || meaning.kind === 'income_total') {
    return !s || /总计|合计|总额|^收入|^支出|收支/.test(s) && !/^(支出|收入)(决算|预算)(数)?$/.test(s);
  }
  return true;
}

/**
 * Document order of claims: by page, then line where the place has one, then the order the recogniser read
 * them in (PDF places have no line: without it, a figure later on the same page counted as 'before').
 */
export function order(facts: DocumentFacts, c: Claim): number {
  let index = readOrder.get(facts);
  if (!index) readOrder.set(facts, (index = new Map(facts.claims.map((x, i) => [x, i]))));
  return (c.place.page ?? 0) * 1e12 + (c.place.line ?? 0) * 1e6 + (index.get(c) ?? 0);
}
const readOrder = new WeakMap<DocumentFacts, Map<Claim, number>>();

/** The level claim of a meaning stated closest before `at` (same sentence first). */
export function levelClaimFor(facts: DocumentFacts, meaning: Meaning, at: Claim): Claim | undefined {
  const key = meaningKey(meaning);
  const levels = facts.claims.filter((c) => c !== at && isLevel(c) && claimMeaning(c) && meaningKey(claimMeaning(c)!) === key);
  const same = levels.find((c) => c.text === at.text);
  if (same) return same;
  const before = levels.filter((c) => order(facts, c) <= order(facts, at)).sort((a, b) => order(facts, b) - order(facts, a));
  return before[0] ?? levels[0];
}

/** A claim's amount as a quantity. */
export function claimQuantity(c: Claim, label?: string): Quantity | null {
  if (!c.amount || c.amount.text === null) return null;
  return { ...fromAmount(c.amount, label ?? c.text), evidence: [evidenceAt(c.amount.place, c.text)] };
}

/** A percent as printed: value and the half-unit its decimals allow. */
export function percentOf(text: string): { value: Decimal; half: Decimal; decimals: number } | null {
  const m = /^-?\d+(?:\.(\d+))?$/.exec(text.trim().replace(/%$/, ''));
  if (!m) return null;
  const decimals = m[1]?.length ?? 0;
  return { value: new Decimal(text.trim().replace(/%$/, '')), half: new Decimal(10).pow(-decimals).div(2), decimals };
}

/** A table figure that a narrative claim can be compared with. */
export interface TableFigure {
  q: Quantity;
  /** Where it stands, for the message: '“2021年部门支出总体情况表”合计行的基本支出'. */
  where: string;
  /** False when the table's unit was inferred, not printed: then a mismatch is unresolved. */
  unitStated: boolean;
}

/** The table figures with the meaning of a narrative claim, best source first; [] when no table has it. */
export function tableFigures(facts: DocumentFacts, ctx: ReconcileContext, meaning: Meaning): TableFigure[] {
  const fromTotals = (kinds: Parameters<ReconcileContext['tablesOf']>, measure: string, side?: 'income' | 'expenditure'): TableFigure[] =>
    ctx.tablesOf(...kinds).flatMap((t) =>
      totalCells(ctx, t, measure, side)
        .filter((c) => c.amount.text !== null || measure !== 'total')
        .map((c) => ({
          q: fromAmount(c.amount, `${c.name} ${columnLabel(t, measure)}（${t.title}）`),
          where: `“${t.title}”“${c.name}”行的${columnLabel(t, measure)}`,
          unitStated: t.unitStated,
        })),
    );
  const first = (...lists: (() => TableFigure[])[]) => {
    for (const l of lists) {
      const r = l();
      if (r.length) return r;
    }
    return [];
  };
  switch (meaning.kind) {
    case 'expenditure_total':
      return first(() => fromTotals(['income_expenditure_summary'], 'total', 'expenditure'), () => fromTotals(['expenditure_summary'], 'total'));
    case 'income_total':
      return first(() => fromTotals(['income_expenditure_summary'], 'total', 'income'), () => fromTotals(['income_summary'], 'total'));
    case 'grand_total':
      return grandTotals(ctx, 'income_expenditure_summary');
    case 'fiscal_grand_total':
      return grandTotals(ctx, 'fiscal_appropriation_summary');
    case 'basic':
    case 'project':
      return [...fromTotals(['expenditure_summary'], meaning.kind), ...fromTotals(['gpb_expenditure'], meaning.kind)];
    case 'gpb_total':
      return first(() => fromTotals(['gpb_expenditure'], 'total'), () => fromTotals(['fiscal_appropriation_summary'], 'gpb', 'expenditure'));
    case 'gpb_basic':
      return first(() => fromTotals(['gpb_expenditure'], 'basic'), () => fromTotals(['gpb_basic_by_economic'], 'total'));
    case 'gov_fund_total':
      return first(() => fromTotals(['gov_fund'], 'total'), () => fromTotals(['fiscal_appropriation_summary'], 'gov_fund', 'expenditure'));
    case 'soe_total':
      return first(() => fromTotals(['soe_capital'], 'total'), () => fromTotals(['fiscal_appropriation_summary'], 'soe', 'expenditure'));
    case 'personnel':
      return first(() => fromTotals(['gpb_basic_by_economic'], 'personnel'), () => derived(ctx, ['wages', 'household_transfers'], '人员经费'));
    case 'public_funds':
      return first(() => fromTotals(['gpb_basic_by_economic'], 'public_funds'), () => derived(ctx, ['goods_services', 'capital'], '公用经费'));
    case 'function_class':
      return classFigures(ctx, meaning.code, meaning.measure, meaning.scope);
    case 'gpb_income':
      return first(() => fromTotals(['income_summary'], 'gpb'), () => incomeRow(ctx, /^一般公共预算/));
    case 'gov_fund_income':
      return first(() => fromTotals(['income_summary'], 'gov_fund'), () => incomeRow(ctx, /^政府性基金/));
    case 'fiscal_total':
      return [...fromTotals(['fiscal_appropriation_summary'], 'total', 'expenditure'), ...grandTotals(ctx, 'fiscal_appropriation_summary')];
    case 'three_public': {
      const period = facts.meta.docType === 'final_accounts' ? 'final' : 'budget';
      const f = facts.threePublic.find((x) => x.source === 'table' && x.item === meaning.item && x.period === period);
      const t = ctx.tablesOf('three_public')[0];
      return f ? [{ q: fromAmount(f.amount, `${f.text}（“三公”经费表）`), where: '“三公”经费表', unitStated: t?.unitStated ?? true }] : [];
    }
    default:
      return [];
  }
}

/** The 总计 row (this year's money plus carry-overs) of a two-sided table, expenditure side first. */
function grandTotals(ctx: ReconcileContext, kind: 'income_expenditure_summary' | 'fiscal_appropriation_summary'): TableFigure[] {
  for (const t of ctx.tablesOf(kind)) {
    const rows = ctx.rows(t).filter((r) => r.rowKind === 'total' && /^总\s*计/.test(r.name));
    const cell = [...rows.filter((r) => r.side === 'expenditure'), ...rows].map((r) => cellOf(r, 'total')).find((c) => c && c.amount.text !== null);
    if (cell) return [{ q: fromAmount(cell.amount, `总计（${t.title}）`), where: `“${t.title}”“总计”行`, unitStated: t.unitStated }];
  }
  return [];
}

/** 人员经费 / 公用经费 from the columns of the general-budget (or summary) table's total row. */
function derived(ctx: ReconcileContext, measures: string[], name: string): TableFigure[] {
  for (const t of [...ctx.tablesOf('gpb_expenditure'), ...(gpbOnly(ctx) ? ctx.tablesOf('expenditure_summary') : [])]) {
    const total = totalRows(ctx, t)[0];
    if (!total) continue;
    const cells = measures.map((m) => cellOf(total, m)).filter((c) => c !== undefined);
    if (!cells.length || !cells.some((c) => c!.amount.text !== null)) continue;
    const parts = cells.map((c) => fromAmount(c!.amount, `${total.name} ${columnLabel(t, c!.measure)}（${t.title}）`));
    return [{ q: sumOf(parts, name), where: `“${t.title}”合计行的${cells.map((c) => columnLabel(t, c!.measure)).join('与')}之和`, unitStated: t.unitStated }];
  }
  return [];
}

/** A 类's amount in every table that has it: its printed row, or the sum of its top-level rows. */
/** The first income-side row of a two-sided table whose name matches (this year's income precedes carry-overs). */
function incomeRow(ctx: ReconcileContext, name: RegExp): TableFigure[] {
  for (const t of ctx.tablesOf('fiscal_appropriation_summary', 'income_expenditure_summary')) {
    const row = ctx.rows(t).find((r) => r.side === 'income' && name.test(r.name.replace(/^[一二三四五六七八九十]+、/, '')));
    const c = row && cellOf(row, 'total');
    if (row && c && c.amount.text !== null) return [{ q: fromAmount(c.amount, `${row.name}（${t.title}）`), where: `“${t.title}”中“${row.name}”行`, unitStated: t.unitStated }];
  }
  return [];
}

/** Where a fund's 类 figures stand: its own table kinds and its column of the 财政拨款收支总表. */
const FUND_TABLES: Record<FundScope, { kinds: ('gpb_expenditure' | 'gov_fund' | 'soe_capital')[]; column: string }> = {
  gpb: { kinds: ['gpb_expenditure'], column: 'gpb' },
  gov_fund: { kinds: ['gov_fund'], column: 'gov_fund' },
  soe: { kinds: ['soe_capital'], column: 'soe' },
  fiscal: { kinds: [], column: 'total' },
};

/**
 * A 类's amount in every table that has it: its printed row (by code, or by name where no row has a code).
 * A figure of one fund (一般公共预算当年拨款…交通运输（类）支出) is looked up in that fund's tables only.
 */
function classFigures(ctx: ReconcileContext, code: string, measure: 'total' | 'basic' | 'project' = 'total', scope?: FundScope): TableFigure[] {
  const name = FUNCTION_CLASSES[code] ?? code;
  const out: TableFigure[] = [];
  const kinds = scope ? FUND_TABLES[scope].kinds : (['gpb_expenditure', 'expenditure_summary', 'gov_fund'] as const);
  // Every table that has the 类: the narrative may speak of general-budget money, of a fund's or of all money.
  for (const t of ctx.tablesOf(...kinds)) {
    const coded = codedRows(ctx.rows(t)).filter((r) => r.classification === 'function' && r.code!.startsWith(code));
    // Tables that print names only (Hangzhou): the 类 row by its name.
    const named = coded.length ? [] : ctx.rows(t).filter((r) => r.rowKind !== 'total' && r.side !== 'income' && !r.code && classCodeOf(r.name) === code).slice(0, 1).map((r) => ({ ...r, code }));
    const under = coded.length ? coded : named;
    if (!under.length) continue;
    const top = topLevel(under);
    const cells = top.map((r) => ({ r, c: cellOf(r, measure) })).filter((x) => x.c);
    if (!cells.length) continue;
    const parts = cells.map(({ r, c }) => fromAmount(c!.amount, `${r.code} ${r.name}（${t.title}）`));
    const col = columnLabel(t, measure);
    const where = top.length === 1 && top[0].code === code ? `“${t.title}”中${code} ${top[0].name}的${col}` : `“${t.title}”中${code}类下各科目${col}之和`;
    out.push({ q: parts.length === 1 ? parts[0] : sumOf(parts, name), where, unitStated: t.unitStated });
  }
  for (const t of measure === 'total' ? ctx.tablesOf('fiscal_appropriation_summary') : []) {
    const row = ctx.rows(t).find((r) => r.side !== 'income' && classCodeOf(r.name) === code);
    if (!row) continue;
    for (const m of scope ? [FUND_TABLES[scope].column] : ['total', 'gpb', 'gov_fund']) {
      const c = cellOf(row, m);
      if (c && c.amount.text !== null) out.push({ q: fromAmount(c.amount, `${row.name}（${t.title}）`), where: `“${t.title}”中“${row.name}”行的${columnLabel(t, m)}`, unitStated: t.unitStated });
    }
  }
  return out;
}

const MEANING_NAMES: Record<Exclude<Meaning['kind'], 'function_class' | 'three_public' | 'other'>, string> = {
  expenditure_total: '支出总计',
  income_total: '收入总计',
  grand_total: '收入支出总计',
  fiscal_grand_total: '财政拨款收入支出总计',
  basic: '基本支出',
  project: '项目支出',
  gpb_total: '一般公共预算支出',
  gpb_income: '一般公共预算拨款收入',
  gov_fund_income: '政府性基金预算拨款收入',
  fiscal_total: '财政拨款收支总计',
  gpb_basic: '一般公共预算基本支出',
  gov_fund_total: '政府性基金预算支出',
  soe_total: '国有资本经营预算支出',
  personnel: '人员经费',
  public_funds: '公用经费',
};

/** What a claim is about, in the document's words when it has them. */
export function claimSubject(c: Claim, m: Meaning | null = claimMeaning(c)): string {
  if (c.subject) return c.subject;
  if (!m) return c.metric;
  if (m.kind === 'function_class') return FUNCTION_CLASSES[m.code] ?? m.code;
  if (m.kind === 'three_public') return ITEM_NAMES[m.item];
  if (m.kind === 'other') return c.metric;
  return MEANING_NAMES[m.kind];
}

/** The figure a claim's meaning has: a level claim stated near it, else the table's. */
export function figureFor(facts: DocumentFacts, ctx: ReconcileContext, meaning: Meaning, at: Claim): { q: Quantity; where: string } | null {
  const c = levelClaimFor(facts, meaning, at);
  const q = c && claimQuantity(c);
  if (q) return { q, where: '情况说明' };
  const t = tableFigures(facts, ctx, meaning)[0];
  return t ? { q: t.q, where: t.where } : null;
}

const TOTALS = new Set(['expenditure_total', 'gpb_total', 'income_total', 'fiscal_total', 'grand_total', 'fiscal_grand_total']);

/** Income figures are shares of an income total, expenditure figures of an expenditure total. */
const incomeSide = (c: Claim) => /income|revenue/.test(c.metric) || /收入/.test(c.subject ?? '');

/**
 * The wholes a share may be a share of, most likely first: the claim's basis; 三公 total, basic expenditure
 * for their parts; else the totals on the same side (income or expenditure) stated before it, nearest first
 * (same sentence first), then the table's. A share is right when it is right against any of them: the
 * narrative rarely names its denominator.
 */
export function shareDenominators(facts: DocumentFacts, ctx: ReconcileContext, c: Claim, meaning: Meaning | null): { q: Quantity; where: string }[] {
  const out: { q: Quantity; where: string }[] = [];
  const add = (f: { q: Quantity; where: string } | null | undefined) => {
    if (f && !f.q.fen.isZero() && !out.some((o) => o.q.fen.eq(f.q.fen))) out.push(f);
  };
  const own = meaning ? meaningKey(meaning) : null;
  add(siblingWhole(facts, c));
  // A share of a fund's money is of that fund's total ('政府性基金…城乡社区支出211,000万元，占95.2%').
  if (c.scope === 'gov_fund' && meaning?.kind !== 'gov_fund_total') add(figureFor(facts, ctx, { kind: 'gov_fund_total' }, c));
  if (c.scope === 'gpb' && meaning?.kind !== 'gpb_total') add(figureFor(facts, ctx, { kind: 'gpb_total' }, c));
  if (c.basis) {
    const m = meaningOf(c.basis, null);
    // A named figure of no standard meaning ('占政府采购支出总额的92.54%'): the same figure stated before it.
    if (m?.kind === 'other') add(namedLevelBefore(facts, c.basis, c));
    else if (m && meaningKey(m) !== own) add(figureFor(facts, ctx, m, c));
  }
  if (meaning?.kind === 'three_public') add(figureFor(facts, ctx, { kind: 'three_public', item: 'total' }, c));
  if (meaning?.kind === 'personnel' || meaning?.kind === 'public_funds') {
    add(figureFor(facts, ctx, { kind: 'gpb_basic' }, c));
    add(figureFor(facts, ctx, { kind: 'basic' }, c));
  }
  const income = incomeSide(c);
  const before = facts.claims
    .filter((x) => x !== c && isLevel(x) && order(facts, x) <= order(facts, c) && incomeSide(x) === income)
    .filter((x) => {
      const m = claimMeaning(x);
      return m !== null && TOTALS.has(m.kind) && meaningKey(m) !== own;
    })
    .sort((x, y) => Number(y.text === c.text) - Number(x.text === c.text) || order(facts, y) - order(facts, x));
  for (const x of before) add({ q: claimQuantity(x)!, where: '情况说明' });
  const tableKinds: Meaning[] = income ? [{ kind: 'income_total' }] : [{ kind: 'expenditure_total' }, { kind: 'gpb_total' }];
  for (const m of tableKinds) if (meaningKey(m) !== own) for (const t of tableFigures(facts, ctx, m)) add({ q: t.q, where: t.where });
  return out;
}

/**
 * The level claim before `at` whose metric is `metric` (a named figure such as government_procurement): the
 * nearest that its words call a whole (总额/总计/合计), else the nearest; its parts carry the same metric.
 */
function namedLevelBefore(facts: DocumentFacts, metric: string, at: Claim): { q: Quantity; where: string } | null {
  const before = facts.claims.filter((x) => x !== at && x.metric === metric && isLevel(x) && order(facts, x) <= order(facts, at));
  before.sort((a, b) => order(facts, b) - order(facts, a));
  const c = before.find((x) => /总额|总计|合计/.test(x.subject ?? '')) ?? before[0];
  return c ? { q: claimQuantity(c)!, where: '情况说明' } : null;
}

/**
 * Parts stated one after another with shares that add up to 100% ('基本支出…占53.59%；项目支出…占46.41%'):
 * the sum of their amounts is the whole they are shares of, whatever total the tables print.
 */
function siblingWhole(facts: DocumentFacts, c: Claim): { q: Quantity; where: string } | null {
  const sibs: Claim[] = [];
  // Siblings are stated together: in one sentence, or in the next few claims of the same page (Beijing's
  // （一）基本支出…占53.59%。（二）项目支出…占46.41%。).
  const at = facts.claims.indexOf(c);
  const near = (x: Claim) => x.text === c.text || (x.place.page !== undefined && x.place.page === c.place.page && Math.abs(facts.claims.indexOf(x) - at) <= 8);
  for (const x of facts.claims) {
    if (!near(x) || !isShare(x) || !x.amount || x.amount.text === null || x.percent === null || x.period !== 'current') continue;
    if (x.basis !== c.basis || x.scope !== c.scope || !(Number(x.percent) > 0 && Number(x.percent) < 100)) continue;
    if (!sibs.some((s) => s.amount!.fen === x.amount!.fen && s.percent === x.percent)) sibs.push(x);
  }
  if (sibs.length < 2 || !sibs.includes(c)) return null;
  const pcts = sibs.map((x) => percentOf(x.percent!));
  if (pcts.some((p) => !p)) return null;
  const total = pcts.reduce((s, p) => s.plus(p!.value), new Decimal(0));
  const slack = pcts.reduce((s, p) => s.plus(p!.half), new Decimal(0)).plus(pcts[0]!.half);
  if (total.minus(100).abs().gt(slack)) return null;
  const parts = sibs.map((x) => claimQuantity(x)!);
  return { q: sumOf(parts, '各项之和'), where: '情况说明中各项之和' };
}

/** What a change claim is a change of: its basis (unless that only says 'prior year'), else its metric. */
export function changeMeaning(c: Claim): Meaning | null {
  const basis = c.basis && !/prior|last|上年|previous|yoy/i.test(c.basis) ? c.basis : null;
  return meaningOf(basis ?? c.metric, c.subject);
}

export interface ChangeStatement {
  claim: Claim;
  /** The change amount (增加/减少 a 万元), the rate (增长/下降 b%), from this claim or one in its sentence. */
  change: Claim | null;
  rate: Claim | null;
  meaning: Meaning | null;
}

/**
 * Change statements, one per sentence and subject: a claim with the change amount, joined with a claim of the
 * same sentence that carries the rate when the recogniser split them.
 */
export function changeStatements(facts: DocumentFacts): ChangeStatement[] {
  const changes = facts.claims.filter(isChange);
  const out: ChangeStatement[] = [];
  const used = new Set<Claim>();
  for (const c of changes) {
    if (used.has(c)) continue;
    const meaning = changeMeaning(c);
    const k = meaning ? meaningKey(meaning) : c.metric;
    const mates = changes.filter((x) => x !== c && !used.has(x) && x.text === c.text && (changeMeaning(x) ? meaningKey(changeMeaning(x)!) : x.metric) === k);
    const all = [c, ...mates];
    all.forEach((x) => used.add(x));
    out.push({
      claim: c,
      change: all.find((x) => x.amount && x.amount.text !== null) ?? null,
      rate: all.find((x) => x.percent !== null) ?? null,
      meaning,
    });
  }
  return out;
}

/** The current figure a change is measured from: same meaning (same sentence first), else a level in the sentence. */
export function currentFor(facts: DocumentFacts, ctx: ReconcileContext, s: ChangeStatement): { q: Quantity; where: string } | null {
  if (s.meaning && s.meaning.kind !== 'other') {
    const f = figureFor(facts, ctx, s.meaning, s.claim);
    if (f) return f;
  }
  if (s.meaning?.kind === 'other') {
    const c = levelClaimFor(facts, s.meaning, s.claim);
    if (c) return { q: claimQuantity(c)!, where: '情况说明' };
  }
  const inSentence = facts.claims.filter((x) => x.text === s.claim.text && isLevel(x) && order(facts, x) <= order(facts, s.claim));
  const c = inSentence[inSentence.length - 1];
  return c ? { q: claimQuantity(c)!, where: '情况说明' } : null;
}
