import { Decimal } from 'decimal.js';
import type { Claim, ClaimFigure, ClaimMeaning, DocumentFacts } from '../model/index.js';
import { cellOf, columnLabel, type ReconcileContext, totalRows } from './context.js';
import { classCodeOf, codedRows, FUNCTION_CLASSES, topLevel } from './codes.js';
import { fromAmount, sumOf, type Quantity } from './quantity.js';
import { evidenceAt } from './evidence.js';
import { gpbOnly, totalCells } from './scope.js';
import { ITEM_NAMES } from './three-public.js';
import { rowNames } from '../vocab/figure-words.js';

/** The fund a 类 figure is of, where the claim says: its cell is in that fund's table or column only. */
type FundScope = NonNullable<Extract<ClaimFigure, { subject: 'function_class' }>['fund']>;

/**
 * Narrative claims as reconcile sees them: by their typed meaning (model ClaimMeaning, set by the recogniser
 * from the figure lexicon), never by their words. A figure is matched with the table cell of the same meaning,
 * with the other claims of the same meaning, or with the whole its share is of.
 */

export type Meaning = ClaimFigure;
type DepartmentMeaning = Extract<ClaimFigure, { subject: 'department' }>;

/** The department figures that standard tables print, by name: which money, which side, which measure. */
const DEPARTMENT_FIGURES = {
  expenditure_total: ['all', 'expenditure', 'total'],
  income_total: ['all', 'income', 'total'],
  grand_total: ['all', 'both', 'grand_total'],
  fiscal_grand_total: ['fiscal', 'both', 'grand_total'],
  basic: ['all', 'expenditure', 'basic'],
  project: ['all', 'expenditure', 'project'],
  gpb_total: ['gpb', 'expenditure', 'total'],
  gpb_income: ['gpb', 'income', 'total'],
  gov_fund_income: ['gov_fund', 'income', 'total'],
  fiscal_total: ['fiscal', 'expenditure', 'total'],
  gpb_basic: ['gpb', 'expenditure', 'basic'],
  gov_fund_total: ['gov_fund', 'expenditure', 'total'],
  soe_total: ['soe', 'expenditure', 'total'],
  personnel: ['all', 'expenditure', 'personnel'],
  public_funds: ['all', 'expenditure', 'public_funds'],
} as const satisfies Record<string, readonly [DepartmentMeaning['fund'], DepartmentMeaning['side'], DepartmentMeaning['measure']]>;
export type DepartmentName = keyof typeof DEPARTMENT_FIGURES;

/** The department figure of a name. */
export function department(name: DepartmentName): Meaning {
  const [fund, side, measure] = DEPARTMENT_FIGURES[name];
  return { subject: 'department', fund, side, measure };
}

/** The name of a department figure a standard table prints; null for any other meaning. */
export function departmentName(m: Meaning | null): DepartmentName | null {
  if (m?.subject !== 'department') return null;
  for (const [name, [fund, side, measure]] of Object.entries(DEPARTMENT_FIGURES)) if (m.fund === fund && m.side === side && m.measure === measure) return name as DepartmentName;
  return null;
}

/** Whether a meaning is that department figure. */
export const isFigure = (m: Meaning | null, name: DepartmentName): boolean => departmentName(m) === name;

/** A line no standard table cell holds (机关运行经费, a 项, a count …): compared only with claims of its own words. */
export const isNamedLine = (m: Meaning | null): m is Extract<ClaimFigure, { subject: 'named' }> => m?.subject === 'named';

export function meaningKey(m: Meaning): string {
  if (m.subject === 'function_class') return `class:${m.code}${m.measure !== 'total' ? `:${m.measure}` : ''}`;
  if (m.subject === 'three_public') return `3p:${m.item}`;
  if (m.subject === 'named') return `other:${m.line}|${m.words}`;
  return `${m.fund}:${m.side}:${m.measure}`;
}

/** A meaning the recogniser named (a total, a 类, 机关运行经费 …), not 'some figure'. */
export function isNamedMeaning(m: Meaning | null): boolean {
  return m !== null && !(m.subject === 'named' && /^unnamed_/.test(m.line));
}

/** A claim's meaning; a claim nobody typed is of unknown meaning (a level when it has an amount). */
export function meaningOfClaim(c: Claim): ClaimMeaning {
  return (
    c.meaning ?? {
      statement: c.amount ? 'level' : 'rate',
      figure: null,
      changed: null,
      basis: null,
      against: null,
      phase: null,
      explicit: false,
      wholeNamed: false,
      coverage: false,
      side: 'expenditure',
      saysNone: false,
      statesZero: false,
      reasoned: Boolean(c.reason),
    }
  );
}

/** A budget figure of any kind: 预算, 年初预算, 调整预算. */
export const isBudgetPhase = (p: ClaimMeaning['phase']): boolean => p === 'budget' || p === 'initial_budget' || p === 'adjusted_budget';

/** What a claim's figure is (a share's part, a level's line). */
export function claimMeaning(c: Claim): Meaning | null {
  return meaningOfClaim(c).figure;
}

/** Year-over-year change: a direction word (增加/减少/增长/下降/持平) not measured against the budget. */
export function isChange(c: Claim): boolean {
  const m = meaningOfClaim(c);
  return m.statement === 'change' && m.against !== 'budget';
}

/** Final accounts compared with the budget (决算数大于/小于/等于预算数, 完成预算的x%). */
export function isVersusBudget(c: Claim): boolean {
  return meaningOfClaim(c).against === 'budget';
}

/** A share (占 x%). */
export function isShare(c: Claim): boolean {
  return meaningOfClaim(c).statement === 'share';
}

/** A level: an amount stated for the current period that is not a change. */
export function isLevel(c: Claim): boolean {
  const s = meaningOfClaim(c).statement;
  return c.amount !== null && c.amount.text !== null && s !== 'change' && s !== 'completion' && c.period === 'current';
}

/** Claims that say only 'some amount': too vague to match or to compare with each other. */
export const isGeneric = (c: Claim): boolean => {
  const f = claimMeaning(c);
  return f?.subject === 'named' && (f.line === 'unnamed_amount' || f.line === 'unnamed_count');
};

/**
 * Whether a level claim's words name the figure its meaning points at. A bare '支出决算' in a final-accounts
 * item sentence is not the total; nor, in final accounts, is a figure the words call the budget (预算 not 决算)
 * comparable with the final-accounts columns.
 */
export function namesItsFigure(facts: DocumentFacts, c: Claim): boolean {
  const m = meaningOfClaim(c);
  if (facts.meta.docType === 'final_accounts' && isBudgetPhase(m.phase)) return false;
  return m.explicit;
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
  if (meaning.subject === 'function_class') return classFigures(ctx, meaning.code, meaning.measure, meaning.fund ?? undefined);
  if (meaning.subject === 'three_public') {
    const period = facts.meta.docType === 'final_accounts' ? 'final' : 'budget';
    const f = facts.threePublic.find((x) => x.source === 'table' && x.item === meaning.item && x.period === period);
    const t = ctx.tablesOf('three_public')[0];
    return f ? [{ q: fromAmount(f.amount, `${f.text}（“三公”经费表）`), where: '“三公”经费表', unitStated: t?.unitStated ?? true }] : [];
  }
  switch (departmentName(meaning)) {
    case 'expenditure_total':
      return first(() => fromTotals(['income_expenditure_summary'], 'total', 'expenditure'), () => fromTotals(['expenditure_summary'], 'total'));
    case 'income_total':
      return first(() => fromTotals(['income_expenditure_summary'], 'total', 'income'), () => fromTotals(['income_summary'], 'total'));
    case 'grand_total':
      return grandTotals(ctx, 'income_expenditure_summary');
    case 'fiscal_grand_total':
      return grandTotals(ctx, 'fiscal_appropriation_summary');
    case 'basic':
      return [...fromTotals(['expenditure_summary'], 'basic'), ...fromTotals(['gpb_expenditure'], 'basic')];
    case 'project':
      return [...fromTotals(['expenditure_summary'], 'project'), ...fromTotals(['gpb_expenditure'], 'project')];
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
    case 'gpb_income':
      return first(() => fromTotals(['income_summary'], 'gpb'), () => incomeRow(ctx, 'gpb'));
    case 'gov_fund_income':
      return first(() => fromTotals(['income_summary'], 'gov_fund'), () => incomeRow(ctx, 'gov_fund'));
    case 'fiscal_total':
      return [...fromTotals(['fiscal_appropriation_summary'], 'total', 'expenditure'), ...grandTotals(ctx, 'fiscal_appropriation_summary')];
    default:
      return [];
  }
}

/** The 总计 row (this year's money plus carry-overs) of a two-sided table, expenditure side first. */
function grandTotals(ctx: ReconcileContext, kind: 'income_expenditure_summary' | 'fiscal_appropriation_summary'): TableFigure[] {
  for (const t of ctx.tablesOf(kind)) {
    const rows = ctx.rows(t).filter((r) => r.rowKind === 'total' && rowNames(r.name, 'grand_total'));
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
function incomeRow(ctx: ReconcileContext, fund: 'gpb' | 'gov_fund'): TableFigure[] {
  for (const t of ctx.tablesOf('fiscal_appropriation_summary', 'income_expenditure_summary')) {
    const row = ctx.rows(t).find((r) => r.side === 'income' && rowNames(r.name, `${fund}_income`));
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

const MEANING_NAMES: Record<DepartmentName, string> = {
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
  if (!m || m.subject === 'named') return c.metric;
  if (m.subject === 'function_class') return FUNCTION_CLASSES[m.code] ?? m.code;
  if (m.subject === 'three_public') return ITEM_NAMES[m.item];
  const name = departmentName(m);
  return name ? MEANING_NAMES[name] : c.metric;
}

/** The figure a claim's meaning has: a level claim stated near it, else the table's. */
export function figureFor(facts: DocumentFacts, ctx: ReconcileContext, meaning: Meaning, at: Claim): { q: Quantity; where: string } | null {
  const c = levelClaimFor(facts, meaning, at);
  const q = c && claimQuantity(c);
  if (q) return { q, where: '情况说明' };
  const t = tableFigures(facts, ctx, meaning)[0];
  return t ? { q: t.q, where: t.where } : null;
}

const TOTALS: ReadonlySet<DepartmentName> = new Set<DepartmentName>(['expenditure_total', 'gpb_total', 'income_total', 'fiscal_total', 'grand_total', 'fiscal_grand_total']);

/** Income figures are shares of an income total, expenditure figures of an expenditure total. */
const incomeSide = (c: Claim) => meaningOfClaim(c).side === 'income';

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
  if (c.scope === 'gov_fund' && !isFigure(meaning, 'gov_fund_total')) add(figureFor(facts, ctx, department('gov_fund_total'), c));
  if (c.scope === 'gpb' && !isFigure(meaning, 'gpb_total')) add(figureFor(facts, ctx, department('gpb_total'), c));
  const whole = meaningOfClaim(c).basis;
  if (whole) {
    // A named figure of no standard meaning ('占政府采购支出总额的92.54%'): the same figure stated before it.
    if (whole.subject === 'named') add(namedLevelBefore(facts, whole.line, c));
    else if (meaningKey(whole) !== own) add(figureFor(facts, ctx, whole, c));
  }
  if (meaning?.subject === 'three_public') add(figureFor(facts, ctx, { subject: 'three_public', item: 'total' }, c));
  if (isFigure(meaning, 'personnel') || isFigure(meaning, 'public_funds')) {
    add(figureFor(facts, ctx, department('gpb_basic'), c));
    add(figureFor(facts, ctx, department('basic'), c));
  }
  const income = incomeSide(c);
  const before = facts.claims
    .filter((x) => x !== c && isLevel(x) && order(facts, x) <= order(facts, c) && incomeSide(x) === income)
    .filter((x) => {
      const m = claimMeaning(x);
      const name = departmentName(m);
      return m !== null && name !== null && TOTALS.has(name) && meaningKey(m) !== own;
    })
    .sort((x, y) => Number(y.text === c.text) - Number(x.text === c.text) || order(facts, y) - order(facts, x));
  for (const x of before) add({ q: claimQuantity(x)!, where: '情况说明' });
  const tableKinds: Meaning[] = income ? [department('income_total')] : [department('expenditure_total'), department('gpb_total')];
  for (const m of tableKinds) if (meaningKey(m) !== own) for (const t of tableFigures(facts, ctx, m)) add({ q: t.q, where: t.where });
  return out;
}

/**
 * The level claim before `at` of a named line (such as government_procurement): the nearest that its words
 * call a whole (总额/总计/合计), else the nearest; its parts are lines of the same kind.
 */
function namedLevelBefore(facts: DocumentFacts, line: string, at: Claim): { q: Quantity; where: string } | null {
  const lineOf = (x: Claim) => {
    const f = claimMeaning(x);
    return f?.subject === 'named' ? f : null;
  };
  const before = facts.claims.filter((x) => x !== at && meaningOfClaim(x).statement === 'level' && lineOf(x)?.line === line && isLevel(x) && order(facts, x) <= order(facts, at));
  before.sort((a, b) => order(facts, b) - order(facts, a));
  const c = before.find((x) => lineOf(x)!.whole) ?? before[0];
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
    if (basisKey(x) !== basisKey(c) || x.scope !== c.scope || !(Number(x.percent) > 0 && Number(x.percent) < 100)) continue;
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

/** The whole a claim is a part or share of, as a key ('' when none is said). */
const basisKey = (c: Claim) => {
  const b = meaningOfClaim(c).basis;
  return b ? meaningKey(b) : '';
};

/** What a change claim is a change of. */
export function changeMeaning(c: Claim): Meaning | null {
  return meaningOfClaim(c).changed;
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
    const k = meaning ? meaningKey(meaning) : '';
    const mates = changes.filter((x) => x !== c && !used.has(x) && x.text === c.text && (changeMeaning(x) ? meaningKey(changeMeaning(x)!) : '') === k);
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
  if (s.meaning && s.meaning.subject !== 'named') {
    const f = figureFor(facts, ctx, s.meaning, s.claim);
    if (f) return f;
  }
  if (s.meaning?.subject === 'named') {
    const c = levelClaimFor(facts, s.meaning, s.claim);
    if (c) return { q: claimQuantity(c)!, where: '情况说明' };
  }
  const inSentence = facts.claims.filter((x) => x.text === s.claim.text && isLevel(x) && order(facts, x) <= order(facts, s.claim));
  const c = inSentence[inSentence.length - 1];
  return c ? { q: claimQuantity(c)!, where: '情况说明' } : null;
}
