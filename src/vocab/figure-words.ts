/**
 * The words that say what a figure is, as data: the table column measures (header words) and the narrative's
 * figure phrases, in one lexicon, so both name a figure with the same measure and fund names ('basic',
 * 'project', 'personnel', 'public_funds', 'carryover', 'gpb', 'gov_fund', 'soe' …). Every list is ordered: the
 * first entry whose words match wins, so the specific ones come before the general ones.
 */

/** Column header words -> table measure ('基本支出/工资福利支出' -> 'wages'). */
export const TABLE_MEASURE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/工资福利/, 'wages'],
  [/商品和服务/, 'goods_services'],
  [/对个人和家庭/, 'household_transfers'],
  [/资本性支出/, 'capital'],
  [/债务利息/, 'debt_interest'],
  [/人员经费|人员支出|^人员类$/, 'personnel'],
  [/公用经费|日常公用|公用支出|^公用类$/, 'public_funds'],
  [/扣除基建/, 'project_excl_infrastructure'],
  [/基建项目|基本建设/, 'project_infrastructure'],
  [/一般性项目/, 'project_general'],
  [/专项业务经费/, 'project'],
  [/专项项目/, 'project_special'],
  [/其他(项目|各项支出)/, 'project_other'],
  [/上缴上级/, 'remit_to_superior'],
  [/对附属单位补助/, 'subsidies_to_affiliates'],
  [/经营支出/, 'operating_expenditure'],
  [/年末结转|年末结余/, 'carryover_end'],
  [/非财政拨款结余/, 'non_fiscal_balance'],
  [/政府采购/, 'government_procurement'],
  [/上年结转|年初结转|结转(和|及)?结余|结转/, 'carryover'],
  [/本年收入/, 'current_income'],
  [/财政专户/, 'special_account_funds'],
  [/单位资金/, 'unit_funds'],
  [/行政事业性收费/, 'admin_fees'],
  [/专项收入/, 'special_revenue'],
  [/国有资产资源有偿使用/, 'state_asset_income'],
  [/政府住房基金/, 'housing_fund'],
  [/事业单位经营收入|经营收入/, 'operating_income'],
  [/事业收入/, 'business_income'],
  [/附属单位上缴/, 'affiliate_income'],
  [/上级补助/, 'superior_subsidy'],
  [/其他收入/, 'other_income'],
  // '财政拨款/其他资金' (Guangzhou 基本支出预算表): money beside the appropriations, not one of them.
  [/其他资金/, 'other_funds'],
  [/政府性基金/, 'gov_fund'],
  [/国有资本经营/, 'soe'],
  [/一般公共预算/, 'gpb'],
  [/财政拨款/, 'fiscal_appropriation'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/^(合计|总计|支出总计|本年支出合计|支出合计|小计|金额|本年支出小计|预算|预算数|决算数|全年预算数|本年预算)$/, 'total'],
];

/**
 * The label before a narrative amount -> the figure it names (the claim's metric). The measure names are the
 * table's where a column holds the same figure (personnel, public_funds, carryover, business_income …).
 */
export const CLAIM_AMOUNT_WORDS: ReadonlyArray<[RegExp, string]> = [
  // Last year's money carried into this one is income of its own kind, whatever fund it names.
  [/^(上年|年初)结[转余]/, 'carryover'],
  [/因公出国|出国[(（]境[)）]/, 'three_public_outbound'],
  [/公务用车购置及运行|公务用车费|公车购置及运行/, 'three_public_vehicle_total'],
  [/公务用车购置/, 'three_public_vehicle_purchase'],
  [/公务用车运行/, 'three_public_vehicle_operation'],
  [/公务接待/, 'three_public_reception'],
  [/三公/, 'three_public_total'],
  [/机关运行经费|(财政拨款|预算)运行经费|^运行经费/, 'admin_running_cost'],
  [/政府采购/, 'government_procurement'],
  [/固定资产/, 'fixed_assets'],
  [/绩效评价.*资金|涉及资金|^(共)?涉及/, 'evaluated_funds'],
  [/人员经费|^人员支出/, 'personnel'],
  [/公用经费|^(日常)?公用支出/, 'public_funds'],
  [/基本支出/, 'basic_expenditure'],
  [/项目支出/, 'project_expenditure'],
  [/财政拨款收入支出总计|财政拨款收支总计/, 'fiscal_grand_total'],
  [/收入支出总计|^收支总计/, 'grand_total'],
  [/一般公共预算(财政)?(拨款)?收入/, 'gpb_income'],
  [/政府性基金(预算)?(财政)?(拨款)?收入/, 'gov_fund_income'],
  [/国有资本经营(预算)?(财政)?(拨款)?收入/, 'soe_income'],
  [/财政拨款收入/, 'fiscal_income'],
  [/事业单位经营收入|经营.{0,4}收入/, 'operating_income'],
  [/上级补助收入/, 'superior_subsidy'],
  [/附属单位上缴收入/, 'affiliate_income'],
  [/事业收入/, 'business_income'],
  [/其他收入/, 'other_income'],
  [/上年结转|年初结转/, 'carryover'],
  [/一般公共预算(财政)?(拨款)?(收支|支出)|一般公共预算.*预算$/, 'gpb_expenditure_total'],
  [/政府性基金(预算)?(拨款)?(收支|支出)/, 'gov_fund_total'],
  [/国有资本经营(预算)?(拨款)?(收支|支出)/, 'soe_total'],
  [/财政拨款(预算)?(收支|支出)/, 'fiscal_expenditure_total'],
  [/收入(合计|总计|预算)?$|^收入/, 'income_total'],
  [/支出(合计|总计|预算)?(总额)?$|^支出/, 'expenditure_total'],
];

/** The words of a clause stating a count -> what is counted. */
export const CLAIM_COUNT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/绩效(评价|自评)/, 'evaluated_project_count'],
  [/(100|一百)万元.{0,12}以上.{0,4}项目/, 'large_project_count'],
  [/绩效目标.{0,12}项目/, 'target_project_count'],
  [/支出项目|项目共|项目\d+个/, 'project_count'],
  [/车辆|公务用车|执法执勤车/, 'vehicle_count'],
  [/设备/, 'equipment_count'],
];

/**
 * Which money a figure is of, from its words or the heading above it (the table measures' fund names;
 * 'fiscal' is 财政拨款, the three together). Ordered: 财政拨款 only when no single fund is named.
 */
export const FUND_WORDS: ReadonlyArray<[RegExp, 'gpb' | 'gov_fund' | 'soe' | 'fiscal']> = [
  [/一般公共预算/, 'gpb'],
  [/政府性基金/, 'gov_fund'],
  [/国有资本经营/, 'soe'],
  [/财政拨款/, 'fiscal'],
];

/**
 * A claim's subject words -> its figure, where the metric alone does not say it. Tested on the subject
 * normalised by nameKey (no spaces, brackets or punctuation).
 */
export const SUBJECT_WORDS = {
  /** Words naming a 三公 figure, and which item (first match). */
  threePublic: /三公|因公出国|公务接待|公务用车/,
  threePublicItems: [
    [/购置及运行|用车费|公车/, 'vehicle_total'],
    [/购置/, 'vehicle_purchase'],
    [/运行/, 'vehicle_operation'],
    [/出国|出境/, 'outbound'],
    [/接待/, 'reception'],
    [/三公/, 'total'],
  ] as ReadonlyArray<[RegExp, 'total' | 'outbound' | 'reception' | 'vehicle_total' | 'vehicle_purchase' | 'vehicle_operation']>,
  /** A 类 named with its basic or project part is that part, not the 类. */
  basicOrProject: /基本|项目/,
  personnel: /^人员经费/,
  publicFunds: /^(日常)?公用经费/,
  carryover: /^上年结转|^年初结转/,
  govFundIncome: /^政府性基金(预算)?(当年)?(财政)?(拨款)?收入$/,
  govFund: /政府性基金/,
  soe: /国有资本经营/,
  gpbBasic: /一般公共预算基本支出/,
  basic: /^基本支出/,
  project: /^项目支出$/,
  gpbIncome: /^一般公共预算(当年)?(财政)?拨款收入$|^一般公共预算收入$/,
  gpb: /^一般公共预算/,
  incomeTotal: /^收入(总计|合计)?$/,
  expenditureTotal: /^支出(总计|合计)?$/,
  /** Words a basic/project, personnel/public or total figure must carry to be named by them. */
  namesBasicOrProject: /基本|项目/,
  namesPersonnelOrPublic: /人员|公用/,
  namesTotal: /总计|合计|总额|^收入|^支出|收支/,
  bareTotalPhase: /^(支出|收入)(决算|预算)(数)?$/,
  /** A named line's words that call it a whole its parts are shares of. */
  whole: /总额|总计|合计/,
  /** Words that make a percent not a share: a change or a completion rate. */
  notShare: /增幅|降幅|增长|下降|增加|减少|变化|同比|完成|执行率/,
  share: /占/,
  /** A share that names its whole: '占项目支出的100%'. */
  namedWhole: /占[^，。；\d%]{2,30}?的?\s*\d/,
} as const;

/** Phase words: 预算 / 决算; a fund's name (一般公共预算 …收入/支出) is not one. */
export const PHASE_WORDS = {
  budget: /预算/,
  initialBudget: /年初预算/,
  adjustedBudget: /调整(后)?预算/,
  final: /决算/,
  fundNameOnly: /一般公共预算$|一般公共预算(拨款|财政拨款)?(收入|支出)?$/,
  completion: /完成|执行/,
  /** A basis word that is last year, not the budget. */
  priorYear: /上年|prior|yoy/,
} as const;

/** Words that say there is none: of a sentence ('本部门没有政府性基金'), of an empty table's explanation. */
export const NONE_WORDS = {
  none: /没有|无(?!锡)|未安排|不涉及/,
  noneOrZero: /没有|无|未安排|不涉及|为0|为零|0(\.0+)?万?元/,
} as const;

/** Words that introduce a change's reason. */
export const REASON_WORDS = /原因|由于|因为|因(?!公)|主要是|用于|系(?=[^统])|鉴于|根据|按照/;

/**
 * Row labels of the two-sided tables that name a figure a narrative states: the 总计 row (this year's money
 * plus carry-overs) and a fund's income row ('一、一般公共预算拨款收入').
 */
const ROW_WORDS = {
  grand_total: /^总\s*计/,
  gpb_income: /^一般公共预算/,
  gov_fund_income: /^政府性基金/,
} as const;
export type RowFigure = keyof typeof ROW_WORDS;

/** Whether a printed row label names that figure. */
export function rowNames(label: string, figure: RowFigure): boolean {
  return ROW_WORDS[figure].test(figure === 'grand_total' ? label : label.replace(/^[一二三四五六七八九十]+、/, ''));
}
