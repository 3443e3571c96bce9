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
