import { z } from 'zod';
import { ParseReport } from './parse-report.js';
import { Place } from './place.js';

/** Output of the recognise stage: what the document states, typed, each fact with its place. */

export const Unit = z.enum(['元', '万元']);
export type Unit = z.infer<typeof Unit>;

/**
 * An amount exactly as printed. `text` keeps the printed digits (thousands separators removed),
 * null for a blank cell; `fen` is the exact value in fen (1 元 = 100 fen), null when blank.
 * `decimals` is the printed precision, which sets the rounding tolerance of every check.
 */
export const Amount = z.object({
  text: z.string().nullable(),
  unit: Unit,
  fen: z.number().int().nullable(),
  decimals: z.number().int().nonnegative(),
  place: Place,
  /** OCR confidence 0..1 where the amount was read from an image. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Amount = z.infer<typeof Amount>;

/** Below this OCR confidence an amount may have been misread: the checks doubt it and the OCR re-check reads it again. */
// Correct OCR'd cells score about 0.85-0.96; below 0.8 a figure is doubtful (measured on the corpus scan).
export const LOW_CONFIDENCE = 0.8;

export const DocType = z.enum(['budget', 'final_accounts']);
export type DocType = z.infer<typeof DocType>;

export const TableKind = z.enum([
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'fiscal_appropriation_summary',
  'gpb_expenditure',
  'gpb_basic_by_economic',
  'three_public',
  'gov_fund',
  'soe_capital',
  'dept_performance',
  'project_performance',
  'other',
]);
export type TableKind = z.infer<typeof TableKind>;

export const Classification = z.enum(['function', 'economic', 'other']);
export type Classification = z.infer<typeof Classification>;

/** 'detail': a row cross-classified by function and economic codes (Beijing's 支出总表), finer than an item. */
export const RowKind = z.enum(['item', 'total', 'subtotal', 'detail']);
export type RowKind = z.infer<typeof RowKind>;

export const CodeSource = z.enum(['printed', 'recovered', 'catalogue']);
export type CodeSource = z.infer<typeof CodeSource>;

/** One cell of a budget table: a row's code and name, a column's measure, an amount. */
export const LineItem = z.object({
  classification: Classification,
  /** Full digit string: '208', '20801', '2080101' (function), '301', '30101' (economic); null when the row has none. */
  code: z.string().regex(/^\d+$/).nullable(),
  name: z.string(),
  /** snake_case measure of the column: 'total', 'basic', 'project', 'wages', 'gpb', ... */
  measure: z.string(),
  /** The column's header path as printed, e.g. '基本支出/工资福利支出'. */
  column: z.string(),
  rowKind: RowKind,
  /** Cross-classified rows: the 部门支出经济分类 (3xxxx) and 政府支出经济分类 (5xxxx) codes printed beside the function code. */
  economicCode: z.string().regex(/^\d+$/).optional(),
  govEconomicCode: z.string().regex(/^\d+$/).optional(),
  /** Two-sided tables (收支总表): which side the row belongs to. */
  side: z.enum(['income', 'expenditure']).optional(),
  /** 决算 tables: 'budget' (预算数) or 'final' (决算数) column; absent when the table has only one. */
  period: z.enum(['budget', 'final', 'prior_budget', 'prior_final']).optional(),
  /** Where the code came from: printed in the row, recovered from another table of the document, or the code catalogue. */
  codeSource: CodeSource.optional(),
  /** 'catalogue' where the printed name was cut short (a clipped cell) and the code catalogue gave the rest; absent: as printed. */
  nameSource: z.enum(['printed', 'catalogue']).optional(),
  /** PDF: x of the row name's first character (points), the indentation names-only tables show their levels by. */
  indent: z.number().optional(),
  /** The row is printed as a grand total (收入总计, 支出总计), not a 合计 that may stop before 年终结转结余. */
  grandTotal: z.literal(true).optional(),
  /** Names-only tables: the row's level read from its indentation and checked by sums (0 类, 1 款, 2 项). */
  level: z.number().int().min(0).max(2).optional(),
  amount: Amount,
});
export type LineItem = z.infer<typeof LineItem>;

export const BudgetTable = z.object({
  /** Document-local key, e.g. 't3'; the store assigns the database id. */
  key: z.string(),
  kind: TableKind,
  title: z.string(),
  unit: Unit,
  /** True when the unit was printed near the table; false when it was inferred. */
  unitStated: z.boolean(),
  pageFrom: z.number().int().positive().optional(),
  pageTo: z.number().int().positive().optional(),
  place: Place,
  /** Header paths of the amount columns, in order, with the measure each maps to. */
  columns: z.array(z.object({ path: z.string(), measure: z.string() })),
  lineItems: z.array(LineItem),
  /** True when the table is printed without any figure (e.g. an empty 政府性基金 table). */
  empty: z.boolean(),
  /** A note printed with the table (e.g. '本部门无政府性基金预算...'). */
  note: z.string().optional(),
  /**
   * 'read': figures were read; 'empty': the table prints no figure (or only zeros); 'unread': its pages print
   * figures but none could be read (absent: read). A rule that needs an unread table reports unresolved, never judges it.
   */
  readStatus: z.enum(['read', 'empty', 'unread']).optional(),
  /** The note (or the table itself) states there is nothing to show: …预算为0, 本部门没有…, 无…, 本表无发生额. */
  explainedEmpty: z.boolean().optional(),
  /** How the table was read (strategy, column roles, identities); absent for tables read before reports existed. */
  parse: ParseReport.optional(),
});
export type BudgetTable = z.infer<typeof BudgetTable>;

export const ThreePublicItem = z.enum([
  'total',
  'outbound',
  'reception',
  'vehicle_total',
  'vehicle_purchase',
  'vehicle_operation',
]);
export type ThreePublicItem = z.infer<typeof ThreePublicItem>;

export const Period = z.enum(['budget', 'final', 'prior_budget', 'prior_final']);
export type Period = z.infer<typeof Period>;

export const ThreePublicFigure = z.object({
  source: z.enum(['table', 'narrative']),
  period: Period,
  item: ThreePublicItem,
  amount: Amount,
  /** The sentence or row label it was read from. */
  text: z.string(),
});
export type ThreePublicFigure = z.infer<typeof ThreePublicFigure>;

export const Horizon = z.enum(['mid_term', 'annual']);
export type Horizon = z.infer<typeof Horizon>;

/**
 * What kind of target a 指标值 states, as the performance-form recogniser reads it, so that the rules
 * about targets read this enum rather than the Chinese: a figure (number, rate), a grade of a scale, yes/no,
 * attainment of a qualitative indicator (完成, 符合…要求, 验收合格, 无事故, a qualification), a comparator
 * against a base or a reference (较上年提升, 不超过预算), a deadline, 'not_applicable' (不涉及), 'missing'
 * (no target printed), 'header' (a header row read as an indicator), or 'vague' (no measure at all).
 */
export const TargetKind = z.enum([
  'number', 'rate', 'grade', 'yes_no', 'attainment', 'comparator', 'deadline', 'not_applicable', 'missing', 'header', 'vague',
]);
export type TargetKind = z.infer<typeof TargetKind>;

/** A target's kind with how sure the reading is (0..1) and the vocabulary entry that decided it. */
export const TargetType = z.object({
  kind: TargetKind,
  confidence: z.number().min(0).max(1),
  /** The vocabulary entry that decided ('direction', 'grade-word', 'zero-event', ...), for the parse report. */
  cue: z.string(),
});
export type TargetType = z.infer<typeof TargetType>;

/** What a cost indicator (成本指标) says of the project's funds, as the recogniser typed it. */
export const CostLine = z.object({
  /** 'part' of the funds; 'whole' (项目总成本, 控制数: the other lines are inside it); 'rate' (单价, 每次, 人均: not a part). */
  role: z.enum(['part', 'whole', 'rate']),
  /** The money the line states (its target, else its text), null when it states none. */
  amount: z.object({ fen: z.number(), text: z.string(), decimals: z.number().int().nonnegative(), unit: Unit }).nullable(),
});
export type CostLine = z.infer<typeof CostLine>;

export const Indicator = z.object({
  horizon: Horizon,
  /** Canonical 一级指标: 产出指标 | 效益指标 | 满意度指标 (or as printed when unknown). */
  level1: z.string().nullable(),
  /** Canonical 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, ... */
  level2: z.string().nullable(),
  /** 三级指标 text as printed. */
  name: z.string(),
  /** 指标值 as printed; null when the grid has none. */
  target: z.string().nullable(),
  /** 指标性质 where the grid prints it (定性 / 定量, or a comparator ≥ ≤ ＝ that makes it quantitative). */
  nature: z.enum(['qualitative', 'quantitative']).nullable().optional(),
  /** The target's kind, set once by the recogniser after the grid is read; absent means not typed (no rule judges it). */
  targetType: TargetType.optional(),
  /** Set on cost indicators (成本指标). */
  cost: CostLine.optional(),
  place: Place,
});
export type Indicator = z.infer<typeof Indicator>;

export const ProjectFunds = z.object({
  total: Amount.nullable(),
  fiscal: Amount.nullable(),
  other: Amount.nullable(),
});
export type ProjectFunds = z.infer<typeof ProjectFunds>;

/** A head count and a per-head rate stated in a project's annual goal or indicator ('2000名…每人每年200元'). */
export const RateStatement = z.object({
  /** Head count and rate in 元, as decimal text. */
  count: z.string(),
  rateYuan: z.string(),
  /** true: per month, false: per year, null: not said. */
  perMonth: z.boolean().nullable(),
  text: z.string(),
  place: Place,
});
export type RateStatement = z.infer<typeof RateStatement>;

export const Project = z.object({
  /** 'department' for the whole department's targets (部门整体支出绩效目标表), 'project' for one project's form. */
  scope: z.enum(['project', 'department']).default('project'),
  name: z.string(),
  /**
   * The form's money is passed on to others (a transfer payment, a grant given out ahead for a higher level), by
   * the words of its name: not part of the department's own 项目支出.
   */
  passedOn: z.boolean().optional(),
  /**
   * How the form is printed: 'grid', one form per project with a label beside each value; 'list', a table with
   * a row group per project (its cells may sit in sub-rows of a merged name cell or across a page break).
   */
  form: z.enum(['grid', 'list']).optional(),
  /** The fields (Project keys: implementingUnit, period, annual, annualGoal, indicators …) whose label the form prints. */
  labelled: z.array(z.string()).optional(),
  /** The project code printed before the name (Beijing: 11000022T000000430418), where there is one. */
  code: z.string().nullable().optional(),
  implementingUnit: z.string().nullable(),
  /** 项目实施时间 as printed. */
  periodText: z.string().nullable(),
  /** 起 / 止 as printed and as ISO dates (first / last day of the month when only a month is printed). */
  startText: z.string().nullable(),
  endText: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** 新增 / 延续 / 一次性, from the ticked box; null when none is ticked. */
  attribute: z.enum(['新增', '延续', '一次性']).nullable(),
  manager: z.string().nullable(),
  /** 联系电话 as printed (a spreadsheet may have turned it into 1.39E+10). */
  phone: z.string().nullable(),
  overview: z.string().nullable(),
  legalBasis: z.string().nullable(),
  midTerm: ProjectFunds,
  annual: ProjectFunds,
  midTermGoal: z.string().nullable(),
  annualGoal: z.string().nullable(),
  indicators: z.array(Indicator),
  place: Place,
  /** Places of labelled fields, for evidence: 'name', 'period', 'start', 'end', 'phone', ... */
  fieldPlaces: z.record(z.string(), Place).default({}),
  /** Head count x rate statements of the annual goal and annual indicators, read by the recogniser. */
  rates: z.array(RateStatement).optional(),
});
export type Project = z.infer<typeof Project>;

/** A project's funds for a horizon as its form prints them: the total, else the fiscal part (recognise and reconcile both read it). */
export function projectFunds(p: Project, h: Horizon): Amount | null {
  const f = h === 'annual' ? p.annual : p.midTerm;
  return f.total ?? f.fiscal;
}

export const ClaimScope = z.enum(['gpb', 'gov_fund', 'soe', 'fiscal', 'all']);
export type ClaimScope = z.infer<typeof ClaimScope>;

/**
 * What a narrative figure is about, closed and typed, so reconcile matches it with a table cell (or another
 * claim) by these fields alone, never by the document's words. The measure names are the table column
 * measures' ('total', 'basic', 'project', 'personnel', 'public_funds'); the funds are ClaimScope's.
 */
export const DepartmentFigure = z.object({
  subject: z.literal('department'),
  /** Which money: all the department's, 财政拨款 (the three funds), 一般公共预算, 政府性基金, 国有资本经营. */
  fund: z.enum(['all', 'fiscal', 'gpb', 'gov_fund', 'soe']),
  /** Income or expenditure; 'both' for the 收入支出总计 of a two-sided table. */
  side: z.enum(['income', 'expenditure', 'both']),
  /** 'grand_total' is the 总计 row (this year's money plus carry-overs), 'total' this year's 合计. */
  measure: z.enum(['total', 'grand_total', 'basic', 'project', 'personnel', 'public_funds']),
});
export const FunctionClassFigure = z.object({
  subject: z.literal('function_class'),
  /** The 类 code, 3 digits. */
  code: z.string().regex(/^\d{3}$/),
  /** The 类's basic or project part (其中 after 项目支出…), or its total. */
  measure: z.enum(['total', 'basic', 'project']),
  /** The fund the words (or the heading) say; null when they do not: the 类 in any table. */
  fund: z.enum(['fiscal', 'gpb', 'gov_fund', 'soe']).nullable(),
});
export const ThreePublicClaimFigure = z.object({ subject: z.literal('three_public'), item: ThreePublicItem });
/**
 * A line that no standard table cell holds: 机关运行经费, 政府采购, a count of projects, a 项, a part of a 类 …
 * ('unnamed_*' when the words name no known line). `words` (the line's own words, normalised) tell two lines of
 * one kind apart; `whole` says the words call it a whole (总额/总计/合计), which its parts are shares of.
 */
export const NamedLine = z.enum([
  'unnamed_amount',
  'unnamed_count',
  'unnamed_change',
  'admin_running_cost',
  'government_procurement',
  'fixed_assets',
  'evaluated_funds',
  'large_project_funds',
  'target_project_funds',
  'carryover',
  'function_item',
  'fiscal_income',
  'business_income',
  'operating_income',
  'superior_subsidy',
  'affiliate_income',
  'other_income',
  'project_count',
  'large_project_count',
  'evaluated_project_count',
  'target_project_count',
  'vehicle_count',
  'equipment_count',
  'vehicle_funds',
  'equipment_funds',
  /** A standard figure of a part ('农林水支出…主要用于人员经费'): the part of a 类 or of another line. */
  'part_of_line',
  'other_line',
]);
export type NamedLine = z.infer<typeof NamedLine>;
export const NamedLineFigure = z.object({ subject: z.literal('named'), line: NamedLine, words: z.string(), whole: z.boolean() });
export const ClaimFigure = z.discriminatedUnion('subject', [DepartmentFigure, FunctionClassFigure, ThreePublicClaimFigure, NamedLineFigure]);
export type ClaimFigure = z.infer<typeof ClaimFigure>;

export const ClaimMeaning = z.object({
  /**
   * level: an amount; share: 占 x% of a whole; change: against last year (增加/减少/增长/下降/持平); completion: a
   * final figure against its budget (完成/执行 x%, 决算数大于预算数); count: a number of things; rate: another percent.
   */
  statement: z.enum(['level', 'share', 'change', 'count', 'completion', 'rate']),
  /** What the figure is (a share's part, a level's line); null when nothing is known. */
  figure: ClaimFigure.nullable(),
  /** For a change: what changed (the figure named by the change's words or by the level it follows). */
  changed: ClaimFigure.nullable(),
  /** The whole a share or a part is of, where the words (其中, 占…的) say it. */
  basis: ClaimFigure.nullable(),
  /** A change or completion is measured against last year's figure or against the budget. */
  against: z.enum(['prior_year', 'budget']).nullable(),
  /**
   * The phase the figure's own words name: 决算 (final), 年初预算 (initial_budget), 调整预算 (adjusted_budget), another
   * 预算 (budget); a fund's name (一般公共预算) is no phase.
   */
  phase: z.enum(['budget', 'initial_budget', 'adjusted_budget', 'final']).nullable(),
  /** The figure's own words name the figure its meaning points at (not a bare '支出决算', not inherited). */
  explicit: z.boolean(),
  /** A share whose words name its whole ('占项目支出的100%'). */
  wholeNamed: z.boolean(),
  /** A share that is a coverage (绩效评价涉及资金占项目支出的100%), not a part of a whole a table prints. */
  coverage: z.boolean(),
  /** Its words are about income (for shares: a part of an income total). */
  side: z.enum(['income', 'expenditure']),
  /** The sentence says there is none (没有, 无, 未安排, 不涉及). */
  saysNone: z.boolean(),
  /** The sentence says there is none or states a zero (…为0, 0.00万元): an empty table explained. */
  statesZero: z.boolean(),
  /** A change comes with a stated reason (主要原因…, 由于…, 用于…), in its sentence or a later one of its paragraph. */
  reasoned: z.boolean(),
});
export type ClaimMeaning = z.infer<typeof ClaimMeaning>;

/** A figure stated in the narrative. */
export const Claim = z.object({
  /** What the figure is: 'expenditure_total', 'basic_share', 'yoy_change', 'three_public_total', ... */
  metric: z.string(),
  /** What it is about in the document's words (a 类 name, 基本支出, 机关运行经费 ...). */
  subject: z.string().nullable(),
  /** For changes and shares: the metric the figure is relative to. */
  basis: z.string().nullable(),
  amount: Amount.nullable(),
  /** Percent as printed, e.g. '59.80' (no % sign). */
  percent: z.string().nullable(),
  /** A count stated with the figure (支出项目共23个 -> 23). */
  count: z.number().int().nullable().default(null),
  /** Direction word of a change: 增加/增长 -> increase, 减少/下降 -> decrease, 持平 -> flat. */
  direction: z.enum(['increase', 'decrease', 'flat']).nullable(),
  /** Year or period the figure belongs to ('current' unless the text says prior). */
  period: z.enum(['current', 'prior']).default('current'),
  /** For a change: the words giving its reason (主要原因：…), from its sentence or a later one of its paragraph. */
  reason: z.string().optional(),
  /** Budget (年初预算/预算数) or final (决算) figure, where the words say; final accounts state both. */
  phase: z.enum(['budget', 'final']).optional(),
  /**
   * Which money the figure is of, where the words or the heading above say it: 一般公共预算 (gpb),
   * 政府性基金 (gov_fund), 国有资本经营 (soe), 财政拨款 (fiscal: the three together), or all the department's.
   */
  scope: ClaimScope.optional(),
  /**
   * How sure the reading is, 0..1: 1 when every field was read from the figure's own words; lower when its
   * label is a fragment (a sentence cut by a page break) or its meaning was guessed. Rules compare only
   * confident claims; the rest give '-unresolved' notes.
   */
  confidence: z.number().min(0).max(1).optional(),
  /** The figure's typed meaning, set by the recogniser from the claim lexicon; reconcile reads only this. */
  meaning: ClaimMeaning.optional(),
  /** The sentence. */
  text: z.string(),
  place: Place,
});
export type Claim = z.infer<typeof Claim>;

/** Claims below this confidence are not compared, only noted. */
export const CONFIDENT = 0.8;

/**
 * Figures whose share is a coverage, not a part of a whole the tables print: 绩效自评共涉及资金…，占项目支出总额的100%
 * says every project was evaluated; its base is the evaluated projects' budget, which no table states.
 */
export const COVERAGE_METRICS: ReadonlySet<string> = new Set(['evaluated_funds']);


/** A line of the 目录 (table of contents) naming a table. */
/**
 * A line of the 目录: a table, or a part of the document (第一部分单位概况, 第二部分2026年度部门预算表, the whole
 * table part), which no single table answers.
 */
export const ListedTable = z.object({ title: z.string(), kind: TableKind, entry: z.enum(['table', 'part']), place: Place });
export type ListedTable = z.infer<typeof ListedTable>;

/** Where a metadata field was read: a label and its value, the cover, a heading, table titles, the file name or its folder. */
export const MetaSource = z.enum(['cover', 'label', 'heading', 'table_title', 'file_name', 'folder']);
export type MetaSource = z.infer<typeof MetaSource>;

export const DocumentMeta = z.object({
  department: z.string().nullable(),
  fiscalYear: z.number().int().min(1990).max(2100).nullable(),
  docType: DocType.nullable(),
  title: z.string().nullable(),
  /** Looks like a budget disclosure at all; false for notices, evaluation reports, etc. */
  isDisclosure: z.boolean(),
  /** A blank template (placeholders such as XX, no figures). */
  isTemplate: z.boolean(),
  /** Why it is not a disclosure, when it is not. */
  reason: z.string().nullable(),
  /** The narrative's unit for figures (usually 万元). */
  narrativeUnit: Unit.nullable(),
  /** Which source decided each field (department, fiscal_year, doc_type), among all that voted. */
  sources: z.object({ department: MetaSource.optional(), fiscal_year: MetaSource.optional(), doc_type: MetaSource.optional() }).default({}),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** The recognisers a pipeline may run (pipelines/), each making its part of DocumentFacts. */
export const RecogniserId = z.enum(['tables', 'three_public', 'projects', 'claims']);
export type RecogniserId = z.infer<typeof RecogniserId>;

export const DocumentFacts = z.object({
  meta: DocumentMeta,
  tables: z.array(BudgetTable),
  threePublic: z.array(ThreePublicFigure),
  projects: z.array(Project),
  claims: z.array(Claim),
  listedTables: z.array(ListedTable),
  /** Placeholders seen (XX, 待填写 ...), for completeness checks. */
  placeholders: z.array(z.object({ text: z.string(), place: Place })).default([]),
});
export type DocumentFacts = z.infer<typeof DocumentFacts>;
