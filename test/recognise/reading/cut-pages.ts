import type { BudgetTable, LineItem } from '../../../src/model/index.js';

/** The line item of a row (by code or name) and measure. */
export function itemOf(table: BudgetTable, row: { code?: string | null; name?: string }, measure = 'total'): LineItem | undefined {
  return table.lineItems.find(
    (li) => (row.code === undefined || li.code === row.code) && (row.name === undefined || li.name === row.name) && li.measure === measure,
  );
}

/** Identities of the table's parse report that were checked, with how many closed. */
export function identities(table: BudgetTable): Record<string, [number, number]> {
  return Object.fromEntries((table.parse?.identities ?? []).map((r) => [r.identity, [r.satisfied, r.checked]]));
}
