import type { LineItem } from '../../model/index.js';
import { closes } from './identities.js';
import { printedRows } from './table-rows.js';

/**
 * What only the whole table tells about its rows: an uncoded row whose figures are the sum of the
 * table's top-level rows is its total, whatever it is called; in a names-only table the indentation of
 * the names gives each row's level (类, 款, 项), accepted only where the levels' sums close.
 */

interface Row {
  items: LineItem[];
  total: LineItem | undefined;
}

function rowsOf(items: readonly LineItem[]): Row[] {
  return printedRows(items).map((row) => ({ items: row, total: row.find((li) => li.measure === 'total') ?? row[0] }));
}

const printed = (li: LineItem | undefined): li is LineItem => Boolean(li && li.amount.text !== null);

/** An uncoded, unnamed-as-total row equal to the sum of the top-level coded rows is the table's total. */
export function totalsByArithmetic(items: LineItem[]): LineItem[] {
  const rows = rowsOf(items);
  const coded = rows.filter((r) => r.items[0].code && r.items[0].rowKind === 'item');
  if (coded.length < 2 || rows.some((r) => r.items[0].rowKind === 'total')) return items;
  const shortest = Math.min(...coded.map((r) => r.items[0].code!.length));
  const top = coded.filter((r) => r.items[0].code!.length === shortest);
  const totals = new Set<LineItem>();
  for (const r of rows) {
    const first = r.items[0];
    if (first.code || first.rowKind !== 'subtotal' || !printed(r.total)) continue;
    const parts = top.map((t) => t.items.find((li) => li.measure === r.total!.measure && li.column === r.total!.column)).filter(printed);
    if (parts.length === top.length && closes(r.total, parts)) r.items.forEach((li) => totals.add(li));
  }
  return totals.size ? items.map((li) => (totals.has(li) ? { ...li, rowKind: 'total' as const } : li)) : items;
}

/** Distinct indentations, nearest within `tolerance` points merged, left to right. */
function indentLevels(xs: readonly number[], tolerance = 3): number[] {
  const sorted = [...new Set(xs.map((x) => Math.round(x * 10) / 10))].sort((a, b) => a - b);
  const levels: number[] = [];
  for (const x of sorted) if (!levels.length || x - levels[levels.length - 1] > tolerance) levels.push(x);
  return levels;
}

/**
 * Names-only rows (no code printed anywhere in the table) get their level from the indentation of the
 * name: two or three distinct indents are 类/款(/项). Kept only when most parents equal the sum of their
 * children under that reading.
 */
export function levelsByIndent(items: LineItem[]): LineItem[] {
  if (items.some((li) => li.code)) return items;
  const rows = rowsOf(items).filter((r) => r.items[0].rowKind === 'subtotal' && r.items[0].indent !== undefined);
  if (rows.length < 3) return items;
  const levels = indentLevels(rows.map((r) => r.items[0].indent!));
  if (levels.length < 2 || levels.length > 3) return items;
  const levelOf = (r: Row) => levels.findIndex((x, i) => r.items[0].indent! <= x + 3 && (i === levels.length - 1 || r.items[0].indent! < levels[i + 1] - 3 + 0.01));
  const lv = rows.map(levelOf);
  if (lv[0] !== 0) return items;
  let checked = 0;
  let ok = 0;
  rows.forEach((r, i) => {
    const kids: Row[] = [];
    for (let j = i + 1; j < rows.length && lv[j] > lv[i]; j++) if (lv[j] === lv[i] + 1) kids.push(rows[j]);
    if (!kids.length || !printed(r.total)) return;
    checked++;
    const parts = kids.map((k) => k.items.find((li) => li.measure === r.total!.measure && li.column === r.total!.column)).filter(printed);
    if (closes(r.total, parts)) ok++;
  });
  if (!checked || ok / checked < 0.8) return items;
  const level = new Map<LineItem, number>();
  rows.forEach((r, i) => r.items.forEach((li) => level.set(li, lv[i])));
  // The rows stay uncoded subtotals until a code is found for them (another table, the catalogue): names of
  // units or of anything else than a classification take a level but never pass for classified items.
  return items.map((li) => (level.has(li) ? { ...li, level: level.get(li)! } : li));
}
