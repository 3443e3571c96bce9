import type { BudgetTable } from '../../model/index.js';
import { nameKey } from '../../util/cjk.js';

/**
 * Rows printed with a name but no code (the 财政拨款收支总表's '社会保障和就业', Hangzhou's
 * names-only tables) get the code that another table of the same document prints for that name.
 * Only unambiguous names are filled in; the rest keep their name and a null code.
 */
export function recoverFunctionCodes(tables: readonly BudgetTable[]): BudgetTable[] {
  const byName = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const li of t.lineItems) {
      if (!li.code || li.classification !== 'function') continue;
      for (const key of [nameKey(li.name), nameKey(li.name).replace(/支出$/, '')]) {
        if (!byName.has(key)) byName.set(key, new Set());
        byName.get(key)!.add(li.code);
      }
    }
  }
  return tables.map((t) => ({
    ...t,
    lineItems: t.lineItems.map((li) => {
      if (li.code || li.rowKind !== 'item' || li.side === 'income') return li;
      const codes = byName.get(nameKey(li.name)) ?? byName.get(nameKey(li.name).replace(/支出$/, ''));
      if (!codes || codes.size !== 1) return li;
      const code = [...codes][0];
      return { ...li, code, classification: 'function' as const };
    }),
  }));
}
