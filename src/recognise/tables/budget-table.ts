import type { BudgetTable, LineItem, ParseReport, Place, Unit } from '../../model/index.js';
import { parseReportOf } from '../reading/report.js';
import { filled } from '../rows.js';
import type { TableSection } from '../sections.js';

/** Settings every table recogniser receives. */
export interface TableOptions {
  key: string;
  unit: Unit;
  unitStated: boolean;
}

/**
 * The BudgetTable a recogniser returns: its section's title and places, its columns and cells, whether it
 * prints any figure, and the note printed under it (注：…, 本部门无…) that explains an empty table.
 */
export function budgetTableOf(
  section: TableSection,
  opts: TableOptions,
  columns: BudgetTable['columns'],
  lineItems: LineItem[],
  places: readonly Place[],
  parse?: ParseReport,
): BudgetTable {
  const pages = [section.titlePlace, ...places].map((p) => p.page).filter((p): p is number => p !== undefined);
  const note = section.items
    .filter((i) => i.kind === 'line' || filled(i.row).length === 1)
    .map((i) => (i.kind === 'line' ? i.text : filled(i.row)[0]))
    .find((t) => /^注[:：]|本(部门|单位).{0,30}(无|没有)/.test(t));
  return {
    key: opts.key,
    kind: section.kind,
    title: section.title,
    unit: opts.unit,
    unitStated: opts.unitStated,
    ...(pages.length ? { pageFrom: Math.min(...pages), pageTo: Math.max(...pages) } : {}),
    place: section.titlePlace,
    columns,
    lineItems,
    empty: !lineItems.some((i) => i.amount.text !== null),
    ...(note ? { note } : {}),
    // Recognisers with one fixed way of reading still report the identities their reading satisfies.
    parse: parse ?? parseReportOf({ strategy: 'fixed', items: section.items, columns: [], lineItems }),
  };
}
