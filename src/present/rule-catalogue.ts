import { listRules, type RuleListing } from '../reconcile/index.js';

/**
 * Every rule id a flag can carry, with what it means: each rule's own id; `<id>-rounding` (info) for the rules
 * that compare figures, when two figures differ only within the rounding their printed precision allows; and
 * `<id>-unresolved` (info) for every rule, when the check could not be made (an ambiguous unit or column, or
 * the rule itself broke on the document).
 */

/** Rules that compare printed figures through the rounding-aware checks (kept in step with the rules' sources by a test). */
export const ROUNDING_RULES: ReadonlySet<string> = new Set([
  'claim-share', 'claim-vs-table', 'claim-yoy', 'code-amount-conflict', 'code-hierarchy-sum', 'cross-table-totals',
  'final-vs-budget', 'income-expenditure-balance', 'project-funds-vs-total', 'row-split-sum', 'table-total-sum',
  'three-public-sum', 'three-public-text-vs-table', 'three-public-vs-economic',
]);

/** One id a flag can carry, as `budgetlens rules` lists it: a rule's own listing, or its -rounding/-unresolved variant. */
export type CatalogueEntry = RuleListing;

export function ruleCatalogue(): CatalogueEntry[] {
  return listRules().flatMap((base) => {
    const zh = base.description.replace(/[。.]$/, '');
    const en = base.descriptionEn.replace(/\.$/, '');
    const entries: CatalogueEntry[] = [base];
    if (ROUNDING_RULES.has(base.id)) {
      entries.push({
        ...base, id: `${base.id}-rounding`, severity: 'info',
        description: `${zh}：差额在印刷精度允许的四舍五入误差以内（不是错误）。`,
        descriptionEn: `${en}: the figures differ only within the rounding their printed precision allows (not an error).`,
      });
    }
    entries.push({
      ...base, id: `${base.id}-unresolved`, severity: 'info',
      description: `${zh}：无法核对（单位或栏目不明确，或检查本身未能完成），不等于通过。`,
      descriptionEn: `${en}: could not be checked (an ambiguous unit or column, or the check failed on this document); not a pass.`,
    });
    return entries;
  });
}
