import type { Rule } from './rule.js';
import { incomeExpenditureBalance } from './rules/income-expenditure-balance.js';
import { rowSplitSum } from './rules/row-split-sum.js';
import { codeHierarchySum } from './rules/code-hierarchy-sum.js';
import { tableTotalSum } from './rules/table-total-sum.js';
import { threePublicSum } from './rules/three-public-sum.js';
import { codeNameConflict } from './rules/code-name-conflict.js';
import { codeAmountConflict } from './rules/code-amount-conflict.js';
import { crossTableTotals } from './rules/cross-table-totals.js';
import { threePublicVsEconomic } from './rules/three-public-vs-economic.js';
import { claimVsTable } from './rules/claim-vs-table.js';
import { threePublicTextVsTable } from './rules/three-public-text-vs-table.js';
import { claimRepeatedDiffers } from './rules/claim-repeated-differs.js';
import { claimShare } from './rules/claim-share.js';
import { shareOver100 } from './rules/share-over-100.js';
import { claimYoy } from './rules/claim-yoy.js';
import { rateOnZeroBase } from './rules/rate-on-zero-base.js';
import { yoyReasonMissing } from './rules/yoy-reason-missing.js';
import { unitConfusion } from './rules/unit-confusion.js';
import { listedTableMissing } from './rules/listed-table-missing.js';
import { emptyTableUnexplained } from './rules/empty-table-unexplained.js';
import { textSaysNone } from './rules/text-says-none.js';
import { claimPartsSum } from './rules/claim-parts-sum.js';
import { placeholderText } from './rules/placeholder-text.js';
import { indicatorUnmeasurable } from './rules/indicator-unmeasurable.js';
import { indicatorPercentOver100 } from './rules/indicator-percent-over-100.js';
import { annualAboveMidTerm } from './rules/annual-above-mid-term.js';
import { costIndicatorVsFunds } from './rules/cost-indicator-vs-funds.js';
import { projectFundsVsTotal } from './rules/project-funds-vs-total.js';
import { projectCountVsGrids } from './rules/project-count-vs-grids.js';
import { quantityTimesRate } from './rules/quantity-times-rate.js';
import { projectPeriodConflict } from './rules/project-period-conflict.js';
import { spreadsheetMangledField } from './rules/spreadsheet-mangled-field.js';
import { duplicateProject } from './rules/duplicate-project.js';
import { projectRequiredFields } from './rules/project-required-fields.js';
import { finalVsBudget } from './rules/final-vs-budget.js';
import { ocrSuspect } from './rules/ocr-suspect.js';
import { tableUnread } from './rules/table-unread.js';

/** The rule catalogue, in the order flags are produced: within tables, across tables, text, completeness, projects. */
export const RULES: readonly Rule[] = [
  incomeExpenditureBalance,
  rowSplitSum,
  codeHierarchySum,
  tableTotalSum,
  threePublicSum,
  codeNameConflict,
  codeAmountConflict,
  crossTableTotals,
  threePublicVsEconomic,
  claimVsTable,
  threePublicTextVsTable,
  claimRepeatedDiffers,
  claimPartsSum,
  claimShare,
  shareOver100,
  claimYoy,
  rateOnZeroBase,
  yoyReasonMissing,
  unitConfusion,
  listedTableMissing,
  tableUnread,
  emptyTableUnexplained,
  textSaysNone,
  placeholderText,
  indicatorUnmeasurable,
  indicatorPercentOver100,
  annualAboveMidTerm,
  costIndicatorVsFunds,
  projectFundsVsTotal,
  projectCountVsGrids,
  quantityTimesRate,
  projectPeriodConflict,
  spreadsheetMangledField,
  duplicateProject,
  projectRequiredFields,
  finalVsBudget,
  ocrSuspect,
];

const ids = new Set<string>();
for (const r of RULES) {
  if (ids.has(r.meta.id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.meta.id)) throw new Error(`rule id not unique or not kebab-case: ${r.meta.id}`);
  ids.add(r.meta.id);
}

export interface RuleListing {
  id: string;
  severity: string;
  docTypes: string;
  description: string;
  descriptionEn: string;
}

/** The catalogue as `budgetlens rules` prints it. */
export function listRules(): RuleListing[] {
  return RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    docTypes: r.meta.docTypes.join(','),
    description: r.meta.description.zh,
    descriptionEn: r.meta.description.en,
  }));
}
