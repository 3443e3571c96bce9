/**
 * Column header path -> measure. The most specific word wins; a bare 小计/合计 takes its
 * parent's meaning (基本支出/小计 is 'basic').
 */
const WORDS: ReadonlyArray<[RegExp, string]> = [
  [/工资福利/, 'wages'],
  [/商品和服务/, 'goods_services'],
  [/对个人和家庭/, 'household_transfers'],
  [/资本性支出/, 'capital'],
  [/债务利息/, 'debt_interest'],
  [/人员经费|人员支出/, 'personnel'],
  [/公用经费|日常公用|公用支出/, 'public_funds'],
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

/** Period of a column in final accounts (决算数 vs 预算数) or with prior-year columns. */
export function periodOf(path: string): 'budget' | 'final' | 'prior_budget' | 'prior_final' | undefined {
  if (/上年|上年度|\d{4}年(预算|决算)数?/.test(path) && /决算/.test(path)) return 'prior_final';
  if (/上年|上年度/.test(path)) return 'prior_budget';
  if (/决算/.test(path)) return 'final';
  if (/(年初|全年)?预算数|预算$/.test(path)) return 'budget';
  return undefined;
}

/** The measure of a column from its header path ('基本支出/工资福利支出' -> 'wages'). */
export function measureOf(path: string): string | null {
  const segments = path.split('/').map((s) => s.replace(/[\s（）()]/g, '')).filter(Boolean);
  // 合计 under the table's own scope ('一般公共预算支出/合计', '政府性基金预算支出/合计') is the total.
  if (segments.length === 2 && /^(合计|总计|小计)$/.test(segments[1]) && /^(一般公共预算|政府性基金|国有资本经营|财政拨款)(预算)?(基本)?(支出|收入|拨款)/.test(segments[0])) {
    return 'total';
  }
  // Fund sources under 上年结转 are carry-overs of that source, not this year's money.
  const carried = segments.length > 1 && /上年结转|年初结转/.test(segments[0]);
  // '事业收入/其中:教育收费': a part of its parent's column, not a measure to add up with the others.
  if (segments.length > 1 && /^其中/.test(segments[segments.length - 1])) return 'of_which';
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (/^(小计|合计|金额)$/.test(seg) && i > 0) continue; // takes the parent's meaning
    if (seg === '金额' && i > 0 && /.收入$/.test(segments[i - 1])) continue; // '事业收入/金额' is that income
    for (const [re, measure] of WORDS) {
      if (!re.test(seg)) continue;
      return carried && i > 0 && measure !== 'carryover' ? `carryover_${measure}` : measure;
    }
  }
  // A bare 合计 under a group word that names no measure ('收入预算/合计') is the row's total.
  return segments.length && /^(合计|小计|总计|金额)$/.test(segments[segments.length - 1]) ? 'total' : null;
}
