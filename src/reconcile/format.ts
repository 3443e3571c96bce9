import { Decimal } from 'decimal.js';
import type { Amount, Unit } from '../model/index.js';
import { formatFen } from '../util/money.js';

/** An amount as a reader would write it: '4,618.49万元'; a blank cell reads '空白'. */
export function formatAmount(a: Amount | null | undefined): string {
  if (!a || a.text === null || a.fen === null) return '空白';
  return `${formatFen(a.fen, a.unit, a.decimals)}${a.unit}`;
}

/** Fen in a unit with the given decimals and the unit appended: '0.50万元'. */
export function formatMoney(fen: Decimal.Value, unit: Unit, decimals: number): string {
  return `${formatFen(fen, unit, decimals)}${unit}`;
}

/** A percentage with the given decimals: '59.80%'. */
export function formatPercent(p: Decimal.Value, decimals: number): string {
  return `${new Decimal(p).toFixed(decimals)}%`;
}

/** Joins a list in Chinese: 'a、b和c'; long lists are cut with '等n项'. */
export function listZh(items: readonly string[], max = 8): string {
  if (items.length <= max) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join('、')}等${items.length}项`;
}

/** Quotes a phrase the Chinese way. */
export function q(s: string): string {
  return `“${s}”`;
}
