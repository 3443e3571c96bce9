import { Decimal } from 'decimal.js';
import type { Quantity } from './quantity.js';

export type RatioVerdict = 'equal' | 'rounding' | 'mismatch' | 'zero-base';

export interface RatioCheck {
  verdict: RatioVerdict;
  /** num / den x 100, exact. */
  exact: Decimal | null;
  /** Range the percent may take given the rounding of num and den, widened by the percent's own half-unit. */
  lo: Decimal | null;
  hi: Decimal | null;
}

/**
 * Checks a stated percent against num / den x 100: equal when the exact ratio rounds to the printed percent;
 * 'rounding' when it lies within the range the printed precision of the amounts and of the percent allows.
 */
export function checkRatio(num: Quantity, den: Quantity, stated: { value: Decimal; half: Decimal; decimals: number }): RatioCheck {
  const n = num.fen.abs();
  const d = den.fen.abs();
  if (d.isZero()) return { verdict: 'zero-base', exact: null, lo: null, hi: null };
  const exact = n.div(d).times(100);
  if (exact.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP).eq(stated.value.abs())) return { verdict: 'equal', exact, lo: exact, hi: exact };
  const nLo = Decimal.max(0, n.minus(num.tol));
  const nHi = n.plus(num.tol);
  const dLo = d.minus(den.tol);
  const dHi = d.plus(den.tol);
  const lo = nLo.div(dHi).times(100).minus(stated.half);
  const hi = dLo.lte(0) ? new Decimal(Infinity) : nHi.div(dLo).times(100).plus(stated.half);
  const p = stated.value.abs();
  // A slip of one unit in the last printed place (0.01 point on 2 decimals) is rounding done from rounded
  // figures, not a wrong share: noted, never an error.
  return { verdict: p.gte(lo.minus(stated.half)) && p.lte(hi.plus(stated.half)) ? 'rounding' : 'mismatch', exact, lo, hi };
}
