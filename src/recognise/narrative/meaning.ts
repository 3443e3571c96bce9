import type { Claim, ClaimFigure, ClaimMeaning, NamedLine } from '../../model/index.js';
import { NamedLine as NamedLines } from '../../model/index.js';
import { nameKey } from '../../util/cjk.js';
import { classCodeOf } from '../../vocab/function-class-names.js';
import { NONE_WORDS, PHASE_WORDS, REASON_WORDS, SUBJECT_WORDS as W } from '../../vocab/figure-words.js';

/**
 * A claim's typed meaning (model ClaimMeaning), from its metric (the lexicon's name for its words) backed by its
 * subject words. This is the only place a narrative figure's words are read for what it means: reconcile
 * compares claims by these fields alone.
 */

/** A metric name without the statement-kind suffix: 'basic_share' -> 'basic'. */
function baseMetric(metric: string): string {
  return metric
    .toLowerCase()
    .replace(/[-\s]+/g, '_')
    .replace(/_(share|ratio|percent|pct|yoy|change|growth|rate|diff|difference|amount|value|current|prior|budget|final)$/g, '')
    .replace(/_(share|yoy|change)$/g, '');
}

const dept = (fund: 'all' | 'fiscal' | 'gpb' | 'gov_fund' | 'soe', side: 'income' | 'expenditure' | 'both', measure: 'total' | 'grand_total' | 'basic' | 'project' | 'personnel' | 'public_funds'): ClaimFigure => ({
  subject: 'department',
  fund,
  side,
  measure,
});

/** A line no standard cell holds, told apart from others of its kind by its own words. */
function namedLine(m: string, s: string): ClaimFigure {
  const known = NamedLines.safeParse(m);
  const line: NamedLine = m === 'other' || m === '' ? 'unnamed_amount' : m === 'other_count' ? 'unnamed_count' : m === 'yoy' ? 'unnamed_change' : known.success ? known.data : 'other_line';
  return { subject: 'named', line, words: line === 'other_line' ? `${m}|${s}` : s, whole: W.whole.test(s) };
}

const THREE_PUBLIC_SUFFIX: Record<string, Extract<ClaimFigure, { subject: 'three_public' }>['item']> = {
  outbound: 'outbound',
  reception: 'reception',
  vehicle: 'vehicle_total',
  vehicle_total: 'vehicle_total',
  vehicle_purchase: 'vehicle_purchase',
  vehicle_operation: 'vehicle_operation',
};

/** What a figure is, from its metric (backed by its subject words); null when nothing is known. */
function figureOf(metric: string | null, subject: string | null): ClaimFigure | null {
  const m = metric ? baseMetric(metric) : '';
  const s = subject ? nameKey(subject) : '';
  // The recogniser said it is some other figure ('一般公共预算拨款安排的会议费'): its words must not make it a total.
  if (/^other(_amount|_percent|_count)?$/.test(m)) return namedLine(m, s);
  if (/three_?public|sangong/.test(m) || W.threePublic.test(s)) {
    const suffix = m.replace(/^three_?public_?/, '');
    const item = THREE_PUBLIC_SUFFIX[suffix] ?? W.threePublicItems.find(([re]) => re.test(s))?.[1] ?? 'total';
    return { subject: 'three_public', item };
  }
  const code = subject ? classCodeOf(subject) : null;
  if (code && !W.basicOrProject.test(s)) return { subject: 'function_class', code, measure: 'total', fund: null };
  const m3 = /^(function|func|class|category|functional)_?(class)?_?(\d{3})?$/.exec(m);
  if (m3 && code) return { subject: 'function_class', code, measure: 'total', fund: null };
  // 收入支出总计 includes carry-overs: it is the 总计 row, not 本年收入/支出合计.
  if (m === 'fiscal_grand_total') return dept('fiscal', 'both', 'grand_total');
  if (m === 'grand_total') return dept('all', 'both', 'grand_total');
  if (/personnel|staff/.test(m) || W.personnel.test(s)) return dept('all', 'expenditure', 'personnel');
  if (/public_?funds?|public_?expense|office_expense/.test(m) || W.publicFunds.test(s)) return dept('all', 'expenditure', 'public_funds');
  // A figure the recogniser named ('一般公共预算拨款安排的机关运行经费') is not the fund its words start with.
  if (/^(admin_running_cost|government_procurement|fixed_assets|evaluated_funds|large_project_funds|target_project_funds)$/.test(m)) return namedLine(m, s);
  // A fund's words inside a carry-over (上年结转结余的政府性基金预算收入) or a 项 line (…其他政府性基金安排的支出（项）)
  // do not make it the fund's total; this year's fund income is not the fund's expenditure table either.
  if (/carry_?over/.test(m) || W.carryover.test(s)) return namedLine(/carry_?over/.test(m) ? 'carryover' : m, s);
  if (/^function_(item|kuan|xiang|subitem)/.test(m)) return namedLine('function_item', s);
  if (/^gov(ernment)?_?fund_income$/.test(m) || W.govFundIncome.test(s)) return dept('gov_fund', 'income', 'total');
  if (/gov(ernment)?_?fund/.test(m) || W.govFund.test(s)) return dept('gov_fund', 'expenditure', 'total');
  if (/soe|state_?capital/.test(m) || W.soe.test(s)) return dept('soe', 'expenditure', 'total');
  if (/gpb_?basic|general_budget_basic/.test(m) || W.gpbBasic.test(s)) return dept('gpb', 'expenditure', 'basic');
  if (/^(basic|basic_expenditure|basic_total)$/.test(m) || W.basic.test(s)) return dept('all', 'expenditure', 'basic');
  if (/^(project|project_expenditure|project_total|projects)$/.test(m) || W.project.test(s)) return dept('all', 'expenditure', 'project');
  // This year's general-budget income is not the general-budget table's total, which adds carry-overs.
  if (/^gpb_income$/.test(m) || W.gpbIncome.test(s)) return dept('gpb', 'income', 'total');
  if (/^fiscal_(expenditure_)?total$/.test(m)) return dept('fiscal', 'expenditure', 'total');
  if (/^(gpb|general_(public_)?budget)/.test(m) || W.gpb.test(s)) return dept('gpb', 'expenditure', 'total');
  if (/^(income|revenue)(_total)?$|^total_income$/.test(m) || W.incomeTotal.test(s)) return dept('all', 'income', 'total');
  if (/^(expenditure|expense|spending)(_total)?$|^total_expenditure$|^total$/.test(m) || W.expenditureTotal.test(s)) return dept('all', 'expenditure', 'total');
  if (!m && !s) return null;
  return namedLine(m, s);
}

const isDept = (f: ClaimFigure | null, ...measures: string[]) => f?.subject === 'department' && f.fund === 'all' && f.side === 'expenditure' && measures.includes(f.measure);

/** The figure a claim states: its metric's, narrowed by the whole it is a part of. */
function claimFigure(c: Claim): ClaimFigure | null {
  const m = figureOf(c.metric, c.subject);
  const share = /share/.test(c.metric);
  // '农林水支出83万元，主要用于人员经费18万元': the part of one 类 or item is not the department's figure.
  if (m && c.basis && isDept(m, 'personnel', 'public_funds', 'basic', 'project') && !share) {
    const whole = figureOf(c.basis, null)?.subject;
    if (whole === 'function_class' || whole === 'named') return { subject: 'named', line: 'part_of_line', words: `${c.metric}|of:${c.basis}`, whole: false };
  }
  if (m?.subject !== 'function_class') return m;
  const scoped = c.scope && c.scope !== 'all' ? { ...m, fund: c.scope } : m;
  // '项目支出…其中：一般公共服务支出417.41万元' is the 类's project expenditure, not its total.
  if (c.basis && !share) {
    const part = figureOf(c.basis, null);
    if (isDept(part, 'basic', 'project')) return { ...scoped, measure: (part as { measure: 'basic' | 'project' }).measure };
  }
  return scoped;
}

/** Final accounts against the budget (决算数大于/小于/等于预算数, 完成预算的x%). */
function versusBudget(c: Claim): boolean {
  return /budget|预算/.test(c.basis ?? '') && /final|决算/.test(`${c.metric} ${c.text}`) && !PHASE_WORDS.priorYear.test(`${c.basis} ${c.metric}`);
}

/** A share (占 x%): a percent without a direction word, not a change or completion rate. */
function share(c: Claim): boolean {
  if (c.percent === null || c.direction !== null) return false;
  if (W.notShare.test(c.subject ?? '')) return false;
  return /share|ratio|proportion/.test(c.metric) || W.share.test(c.text);
}

/** The phase the figure's own words name; a fund's name (一般公共预算支出) names none. */
function phaseOf(c: Claim, s: string): ClaimMeaning['phase'] {
  if (/final/.test(c.metric)) return 'final';
  if (/budget/.test(c.metric)) return 'budget';
  if (PHASE_WORDS.final.test(s)) return 'final';
  if (PHASE_WORDS.budget.test(s) && !PHASE_WORDS.fundNameOnly.test(s)) {
    return PHASE_WORDS.adjustedBudget.test(s) ? 'adjusted_budget' : PHASE_WORDS.initialBudget.test(s) ? 'initial_budget' : 'budget';
  }
  return null;
}

/** Whether the words name the figure the meaning points at: a bare '支出决算' in an item's sentence is not the total. */
function explicit(f: ClaimFigure | null, s: string): boolean {
  if (f?.subject !== 'department') return true;
  if (s && f.fund === 'all' && f.side === 'expenditure' && (f.measure === 'basic' || f.measure === 'project') && !W.namesBasicOrProject.test(s)) return false;
  if (s && (f.measure === 'personnel' || f.measure === 'public_funds') && !W.namesPersonnelOrPublic.test(s)) return false;
  if (f.fund === 'all' && f.measure === 'total' && f.side !== 'both') return !s || (W.namesTotal.test(s) && !W.bareTotalPhase.test(s));
  return true;
}

/** The typed meaning of a claim the recogniser has read (after its reason is attached). */
export function claimMeaningOf(c: Claim): ClaimMeaning {
  const s = nameKey(c.subject ?? '');
  const figure = claimFigure(c);
  const versus = versusBudget(c);
  const statement: ClaimMeaning['statement'] = versus
    ? PHASE_WORDS.completion.test(c.text) ? 'completion' : 'change'
    : c.direction !== null ? 'change' : share(c) ? 'share' : c.amount ? 'level' : c.count !== null && c.count !== undefined ? 'count' : c.percent !== null ? 'rate' : 'level';
  // What a change is of: its basis (unless that only says 'last year'), else its own metric.
  const changeBasis = c.basis && !/prior|last|上年|previous|yoy/i.test(c.basis) ? c.basis : null;
  return {
    statement,
    figure,
    changed: statement === 'change' ? figureOf(changeBasis ?? c.metric, c.subject) : null,
    basis: c.basis ? figureOf(c.basis, null) : null,
    against: versus ? 'budget' : c.direction !== null ? 'prior_year' : null,
    phase: phaseOf(c, s),
    explicit: explicit(figure, s),
    wholeNamed: c.basis !== null && W.namedWhole.test(c.text),
    coverage: baseMetric(c.metric) === 'evaluated_funds',
    side: /income|revenue/.test(c.metric) || /收入/.test(c.subject ?? '') ? 'income' : 'expenditure',
    saysNone: NONE_WORDS.none.test(c.text),
    statesZero: NONE_WORDS.noneOrZero.test(c.text),
    reasoned: Boolean(c.reason) || REASON_WORDS.test(c.text),
  };
}

/** The claim with its typed meaning set. */
export function typedClaim(c: Claim): Claim {
  return { ...c, meaning: claimMeaningOf(c) };
}
