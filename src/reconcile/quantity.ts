import { Decimal } from 'decimal.js';
import type { Amount, Evidence, Unit } from '../model/index.js';
import { FEN_PER_UNIT, formatFen, halfUlpFen } from '../util/money.js';
import { evidenceOfAmount } from './evidence.js';
import { formatMoney } from './format.js';

/**
 * A figure the checks compare: an exact value in fen, the rounding it may carry (half a unit in the last
 * printed place, summed over the printed figures it is made of), and where it came from.
 */
export interface Quantity {
  fen: Decimal;
  /** Rounding tolerance in fen: half a unit in the last printed place per printed figure. */
  tol: Decimal;
  unit: Unit;
  /** Printed decimals to format it with. */
  decimals: number;
  /** What it is, in the document's words ('合计行基本支出'). */
  label: string;
  evidence: Evidence[];
  /** The printed amounts it is made of, for the ocr-suspect hook. */
  parts: { amount: Amount; label: string }[];
}


/** No rounding (a Decimal is immutable, so one serves every blank cell). */
const EXACT = new Decimal(0);

/** A quantity from one printed amount. A blank cell is an exact zero (it carries no rounding). */
export function fromAmount(a: Amount, label: string): Quantity {
  const blank = a.text === null || a.fen === null;
  return {
    fen: new Decimal(a.fen ?? 0),
    tol: blank ? EXACT : halfUlpFen(a),
    unit: a.unit,
    decimals: blank ? 2 : a.decimals,
    label,
    evidence: [evidenceOfAmount(a, label)],
    parts: [{ amount: a, label }],
  };
}

/** The sum of quantities: tolerances add up (n half-units for n rounded figures). */
export function sumOf(qs: readonly Quantity[], label: string, unit?: Unit): Quantity {
  return {
    fen: qs.reduce((s, x) => s.plus(x.fen), new Decimal(0)),
    tol: qs.reduce((s, x) => s.plus(x.tol), new Decimal(0)),
    unit: unit ?? qs[0]?.unit ?? '万元',
    decimals: Math.max(0, ...qs.map((x) => x.decimals)),
    label,
    evidence: qs.flatMap((x) => x.evidence),
    parts: qs.flatMap((x) => x.parts),
  };
}

export type Verdict = 'equal' | 'rounding' | 'mismatch';

/** Compares two quantities: equal, different only within their combined rounding, or different. */
export function compare(a: Quantity, b: Quantity): Verdict {
  const diff = a.fen.minus(b.fen).abs();
  if (diff.isZero()) return 'equal';
  return diff.lte(a.tol.plus(b.tol)) ? 'rounding' : 'mismatch';
}

/** True when `a` matches `b` only after multiplying or dividing by 10,000 (元 printed as 万元 or back). */
export function matchesAfterTenThousand(a: Quantity, b: Quantity): boolean {
  if (a.fen.isZero() || b.fen.isZero()) return false;
  const k = new Decimal(10_000);
  // A slip of unit shows only in a figure with enough digits: '0.3万元' against 2,961.68万元 is within
  // 0.3's rounding after x10,000 (±500万元), yet says nothing of a unit; it is a plain mismatch.
  const precise = (tol: Decimal) => tol.lte(b.fen.abs().times(0.005));
  // a's rounding scales with a; b's does not.
  if (precise(a.tol.times(k)) && a.fen.times(k).minus(b.fen).abs().lte(a.tol.times(k).plus(b.tol))) return true;
  return precise(a.tol.div(k)) && a.fen.div(k).minus(b.fen).abs().lte(a.tol.div(k).plus(b.tol));
}

/** A quantity formatted with its own unit and decimals: '4,618.49万元'. */
export function show(x: Quantity, decimals = x.decimals): string {
  return formatMoney(x.fen, x.unit, decimals);
}

/** A difference formatted in a unit: '0.01万元'. */
export function showDiff(a: Quantity, b: Quantity): string {
  const decimals = Math.max(a.decimals, b.decimals);
  return formatMoney(a.fen.minus(b.fen).abs(), a.unit, decimals);
}

/** Tolerance formatted for a message. */
export function showTol(a: Quantity, b: Quantity): string {
  const tol = a.tol.plus(b.tol);
  const places = Math.max(a.decimals, b.decimals) + 1;
  // Trailing zeros and a bare decimal point dropped: '0.010' -> '0.01', '1.0' -> '1'.
  return `${formatFen(tol, a.unit, places).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}${a.unit}`;
}

/** Fen per unit, re-exported for rules that convert stated figures. */
export { FEN_PER_UNIT };
