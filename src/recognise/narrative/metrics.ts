/**
 * What a narrative figure is, from the words before it. Ordered: the first pattern that matches
 * the clause's label wins, so the specific ones (三公 items) come before the general ones (支出).
 */
export const AMOUNT_METRICS: ReadonlyArray<[RegExp, string]> = [
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
  [/财政拨款(收支|支出)/, 'fiscal_expenditure_total'],
  [/收入(合计|总计|预算)?$|^收入/, 'income_total'],
  [/支出(合计|总计|预算)?(总额)?$|^支出/, 'expenditure_total'],
];

/** Share metric of an amount metric: basic_expenditure -> basic_share. */
export function shareMetric(metric: string): string {
  if (metric === 'basic_expenditure') return 'basic_share';
  if (metric === 'project_expenditure') return 'project_share';
  return metric.replace(/_(amount|expenditure|total)$/, '') + '_share';
}

export const COUNT_METRICS: ReadonlyArray<[RegExp, string]> = [
  [/绩效(评价|自评)/, 'evaluated_project_count'],
  [/(100|一百)万元.{0,12}以上.{0,4}项目/, 'large_project_count'],
  [/绩效目标.{0,12}项目/, 'target_project_count'],
  [/支出项目|项目共|项目\d+个/, 'project_count'],
  [/车辆|公务用车|执法执勤车/, 'vehicle_count'],
  [/设备/, 'equipment_count'],
];

/**
 * Which money a figure is of, from the words of its label or of the heading above it. Ordered: 财政拨款 names
 * the three funds together only when no single fund is named.
 */
export const SCOPE_WORDS: ReadonlyArray<[RegExp, 'gpb' | 'gov_fund' | 'soe' | 'fiscal']> = [
  [/一般公共预算/, 'gpb'],
  [/政府性基金/, 'gov_fund'],
  [/国有资本经营/, 'soe'],
  [/财政拨款/, 'fiscal'],
];

export function scopeOf(words: string): 'gpb' | 'gov_fund' | 'soe' | 'fiscal' | null {
  return SCOPE_WORDS.find(([re]) => re.test(words))?.[1] ?? null;
}
