/**
 * Words of the performance-target forms that give a project or a cost line its typed meaning (Project.passedOn,
 * Indicator.cost): data shared by the recogniser, which sets the fields, and nowhere else read as Chinese.
 */

/**
 * A project whose name says its money is passed on to others: a transfer payment (转移支付) or a grant given out
 * ahead of the year on behalf of a higher level (提前下达…补助资金). Such forms are not the department's own
 * 项目支出 (Fuzhou 科技创新局: 市级科技创新专项（转移支付） 2,000 on top of 项目支出 68,957.85).
 */
export const PASSED_ON_NAME = /转移支付|提前下达/;

/** A 一级/二级 level that makes an indicator a cost line (成本指标, 经济成本指标). */
export const COST_LEVEL = /成本/;
/** Indicator texts that name money, so that a bare number target ('37.056') is an amount in the form's unit. */
export const MONEY_WORDS = /资金|经费|费用|成本|投入|预算|金额/;
/** A rate, not a part of the funds: 单价, 每期, 人均, 补助标准, 单次, 单月. */
export const COST_RATE = /单价|单位成本|每[人户月期次件台个天套场项]|单[次月个场项台件人套期]|人均|平均|标准|均价/;
/** A cost line naming the whole (项目总成本, 预算控制总额, 合计): the others are its parts, not more of it. */
export const COST_WHOLE = /总成本|总额|总计|合计|总费用|总投入|总支出|控制数|总预算/;

/** A money figure in a text ('不超过3042万元', '0.45万'); per-head rates (每人…元, …元/人) are not. Groups: figure, decimals, unit. */
export const MONEY_FIGURE = /(?<![每\d.])(\d+(?:\.(\d+))?)(万元|万|元)(?![\/／每])/;
/** Words just before a figure that make it a rate (每人 …, 每户每年 …). */
export const PER_HEAD_BEFORE = /每[人户年月次]?[^，。；]{0,6}$/;
/** A bare figure with an optional cap word ('≤37.056', '不超过12'): an amount in the form's unit where the text names money. */
export const BARE_CAPPED_FIGURE = /^(?:[≤<]|不超过|不高于|控制在)?(\d+(?:\.(\d+))?)$/;
/** The unit a money figure's unit word gives. */
export const MONEY_UNIT: Record<string, '元' | '万元'> = { 元: '元', 万: '万元', 万元: '万元' };
