/** Chinese labels for the codes stored in the database; unknown codes show as stored. */

const STATUS: Record<string, string> = { ok: '正常', partial: '部分识别', failed: '处理失败', not_budget: '非预算公开' };
const DOC_TYPE: Record<string, string> = { budget: '部门预算', final_accounts: '部门决算' };
const SOURCE_KIND: Record<string, string> = {
  pdf_text: 'PDF（文字层）',
  pdf_scan: 'PDF（扫描件）',
  pdf_mixed: 'PDF（文字与扫描混合）',
  text: '文本文件',
};
const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const TABLE_KIND: Record<string, string> = {
  income_expenditure_summary: '收支总表',
  income_summary: '收入总表',
  expenditure_summary: '支出总表',
  fiscal_appropriation_summary: '财政拨款收支总表',
  gpb_expenditure: '一般公共预算支出表',
  gpb_basic_by_economic: '一般公共预算基本支出表',
  three_public: '“三公”经费支出表',
  gov_fund: '政府性基金预算支出表',
  soe_capital: '国有资本经营预算支出表',
  dept_performance: '部门整体支出绩效目标表',
  project_performance: '项目支出绩效目标表',
  other: '其他表格',
};

const pick = (map: Record<string, string>) => (code: string | null | undefined): string =>
  code ? (map[code] ?? code) : '—';

export const statusLabel = pick(STATUS);
export const docTypeLabel = pick(DOC_TYPE);
export const sourceKindLabel = pick(SOURCE_KIND);
export const severityLabel = pick(SEVERITY);
export const tableKindLabel = pick(TABLE_KIND);
