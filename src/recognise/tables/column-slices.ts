import { Decimal } from 'decimal.js';
import type { LineItem, Unit } from '../../model/index.js';
import { amountFromCell, halfUlpFen, isAmountText } from '../../util/money.js';
import { measureOf } from '../measures.js';
import type { Item } from '../rows.js';

/**
 * Text pulled from a wide PDF table page by page prints the right-hand columns as separate vertical
 * lists after the rows ('项目支出' then 3,296,600 / 438,300 / …), without the blanks. The arithmetic
 * puts them back: a row whose 合计 exceeds its printed parts takes the next figure of the list, and
 * the list is accepted only if every figure equals the row's remainder within printed rounding.
 */
export function joinColumnSlices(items: readonly Item[], lineItems: LineItem[], unit: Unit): LineItem[] {
  const slices = new Map<string, { header: string; values: Array<{ text: string; place: Item['place'] }> }>();
  let current: { header: string; values: Array<{ text: string; place: Item['place'] }> } | null = null;
  let seenRow = false;
  for (const item of items) {
    if (item.kind === 'row') {
      seenRow = true;
      current = null;
      continue;
    }
    if (!seenRow) continue;
    const text = item.text.trim();
    const measure = measureOf(text);
    if (measure && measure !== 'total' && !isAmountText(text)) {
      current = slices.get(measure) ?? { header: text, values: [] };
      slices.set(measure, current);
    } else if (current && isAmountText(text)) {
      current.values.push({ text, place: item.place });
    }
  }
  const out = [...lineItems];
  for (const [measure, slice] of slices) {
    if (!slice.values.length || lineItems.some((li) => li.measure === measure)) continue;
    // Rows in order, each with its total and the sum of its other printed parts.
    const rows: Array<{ key: string; first: LineItem; remainder: Decimal; slack: Decimal }> = [];
    for (const li of lineItems) {
      const key = `${li.code}|${li.name}|${li.rowKind}`;
      let row = rows.find((r) => r.key === key);
      if (!row) rows.push((row = { key, first: li, remainder: new Decimal(0), slack: new Decimal(0) }));
      const fen = new Decimal(li.amount.fen ?? 0);
      row.remainder = li.measure === 'total' ? row.remainder.plus(fen) : row.remainder.minus(fen);
      // Each printed figure may carry half a unit of rounding (tables printed in whole 元 from fen).
      if (li.amount.text !== null) row.slack = row.slack.plus(halfUlpFen(li.amount));
    }
    const added: LineItem[] = [];
    let next = 0;
    let consistent = true;
    for (const row of rows) {
      if (row.remainder.isZero()) {
        added.push({ ...row.first, measure, column: slice.header, amount: { ...row.first.amount, text: null, fen: null, decimals: 0 } });
        continue;
      }
      const value = slice.values[next++];
      const amount = value && amountFromCell(value.text, unit, value.place);
      if (!amount || amount.fen === null || row.remainder.minus(amount.fen).abs().greaterThan(row.slack.plus(halfUlpFen(amount)))) {
        consistent = false;
        break;
      }
      added.push({ ...row.first, measure, column: slice.header, amount });
    }
    if (consistent && next === slice.values.length) out.push(...added);
  }
  return out;
}
