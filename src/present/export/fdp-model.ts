/** The physical table (budget_lines.csv) and its logical model: which column is which measure or dimension. */

export const FDP_RESOURCE = 'budget_lines';

export const FDP_FIELDS = [
  { name: 'document_id', type: 'integer', title: '文件编号' },
  { name: 'department', type: 'string', title: '部门' },
  { name: 'fiscal_year', type: 'year', title: '预算年度' },
  { name: 'doc_type', type: 'string', title: '文件类型', constraints: { enum: ['budget', 'final_accounts'] } },
  { name: 'table_kind', type: 'string', title: '表格类型' },
  { name: 'table_title', type: 'string', title: '表格标题' },
  { name: 'table_id', type: 'integer', title: '表格编号（budget_tables.id）' },
  { name: 'classification', type: 'string', title: '分类体系（function 功能分类表 / economic 经济分类表）：求和前先选一种', constraints: { enum: ['function', 'economic'] } },
  { name: 'function_class_code', type: 'string', title: '功能分类 类 编码' },
  { name: 'function_class_name', type: 'string', title: '功能分类 类 名称' },
  { name: 'function_kuan_code', type: 'string', title: '功能分类 款 编码' },
  { name: 'function_kuan_name', type: 'string', title: '功能分类 款 名称' },
  { name: 'function_item_code', type: 'string', title: '功能分类 项 编码' },
  { name: 'function_item_name', type: 'string', title: '功能分类 项 名称' },
  { name: 'economic_class_code', type: 'string', title: '经济分类 类 编码' },
  { name: 'economic_class_name', type: 'string', title: '经济分类 类 名称' },
  { name: 'economic_kuan_code', type: 'string', title: '经济分类 款 编码' },
  { name: 'economic_kuan_name', type: 'string', title: '经济分类 款 名称' },
  { name: 'gov_economic_code', type: 'string', title: '政府预算支出经济分类 编码（交叉分类表）' },
  { name: 'approved', type: 'number', title: '预算数（元）', decimalChar: '.' },
  { name: 'executed', type: 'number', title: '决算数（元）', decimalChar: '.' },
  { name: 'unit_printed', type: 'string', title: '原表单位' },
  { name: 'page', type: 'integer', title: '页码' },
] as const;

export type FdpField = (typeof FDP_FIELDS)[number]['name'];

/** A classification tree whose levels are a parent chain (类 <- 款 <- 项), each code labelled by its name. */
const classification = (prefix: string, type: string, levels: string[]) => ({
  attributes: Object.fromEntries(
    levels.flatMap((level, i) => [
      [`${level}_code`, { source: `${prefix}_${level}_code`, ...(i > 0 ? { parent: `${levels[i - 1]}_code` } : {}) }],
      [`${level}_name`, { source: `${prefix}_${level}_name`, labelfor: `${level}_code` }],
    ]),
  ),
  primaryKey: levels.map((level) => `${level}_code`),
  dimensionType: 'classification',
  classificationType: type,
});

export const FDP_MODEL = {
  measures: {
    approved: { source: 'approved', currency: 'CNY', factor: 1, direction: 'expenditure', phase: 'approved', resource: FDP_RESOURCE },
    executed: { source: 'executed', currency: 'CNY', factor: 1, direction: 'expenditure', phase: 'executed', resource: FDP_RESOURCE },
  },
  dimensions: {
    functional_classification: classification('function', 'functional', ['class', 'kuan', 'item']),
    economic_classification: classification('economic', 'economic', ['class', 'kuan']),
    administrative_classification: {
      attributes: { department: { source: 'department' } },
      primaryKey: 'department',
      dimensionType: 'classification',
      classificationType: 'administrative',
    },
    fiscal_period: { attributes: { fiscal_year: { source: 'fiscal_year' } }, primaryKey: 'fiscal_year', dimensionType: 'datetime' },
    source_document: {
      attributes: {
        document_id: { source: 'document_id' },
        doc_type: { source: 'doc_type' },
        table_kind: { source: 'table_kind' },
        table_title: { source: 'table_title' },
        table_id: { source: 'table_id' },
        classification: { source: 'classification' },
        page: { source: 'page' },
      },
      primaryKey: ['document_id'],
      dimensionType: 'other',
    },
  },
};

/** The second resource: documents the package leaves out, and why. */
export const EXCLUDED_RESOURCE = 'excluded_documents';
export const EXCLUDED_FIELDS = [
  { name: 'document_id', type: 'integer', title: '文件编号' },
  { name: 'path', type: 'string', title: '文件路径' },
  { name: 'status', type: 'string', title: '处理状态' },
  { name: 'reason', type: 'string', title: '未纳入的原因' },
] as const;

/** The third resource: tables whose rows do not add up to the total they print, each with why (a flag reporting the gap, or rows not read). */
export const SHORTFALL_RESOURCE = 'incomplete_tables';
export const SHORTFALL_FIELDS = [
  { name: 'document_id', type: 'integer', title: '文件编号' },
  { name: 'path', type: 'string', title: '文件路径' },
  { name: 'table_id', type: 'integer', title: '表格编号' },
  { name: 'table_title', type: 'string', title: '表格标题' },
  { name: 'phase', type: 'string', title: 'approved 预算数 / executed 决算数' },
  { name: 'printed_total', type: 'number', title: '表中印刷的合计（元）' },
  { name: 'exported_sum', type: 'number', title: '导出各行之和（元）' },
  { name: 'difference', type: 'number', title: '差额（元）' },
  { name: 'flag', type: 'string', title: '报告此差额的检查规则（无则为空）' },
  { name: 'reason', type: 'string', title: '原因' },
] as const;
