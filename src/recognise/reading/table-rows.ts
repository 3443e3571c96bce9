import type { LineItem } from '../../model/index.js';

/**
 * A table's line items grouped back into its printed rows: consecutive items of one code and name, a
 * new row wherever the same column comes again (two rows may share a name: 其他一般公共服务支出 as 款 and 项).
 */
export function printedRows(items: readonly LineItem[]): LineItem[][] {
  const rows: LineItem[][] = [];
  let current: LineItem[] = [];
  let seen = new Set<string>();
  let key = '';
  for (const li of items) {
    const k = `${li.code}|${li.name}|${li.rowKind}|${li.economicCode ?? ''}|${li.govEconomicCode ?? ''}|${li.side ?? ''}`;
    const col = `${li.measure}|${li.column}|${li.period ?? ''}`;
    if (k !== key || seen.has(col)) {
      if (current.length) rows.push(current);
      current = [];
      seen = new Set();
      key = k;
    }
    current.push(li);
    seen.add(col);
  }
  if (current.length) rows.push(current);
  return rows;
}
