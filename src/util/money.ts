import { Decimal } from 'decimal.js';
import type { Amount, Unit } from '../model/index.js';
import type { Place } from '../model/place.js';

/** Fen per unit: 1 元 = 100 fen, 1 万元 = 1,000,000 fen. */
export const FEN_PER_UNIT: Record<Unit, Decimal> = { 元: new Decimal(100), 万元: new Decimal(1_000_000) };

/** A printed number: optional sign, digits with optional thousands separators, optional decimals. */
const NUMBER = /^([-−－]|\()?\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．](\d+))?\)?$/;

/** Parses a printed amount ('7,723.46', '-1,000', '0.50') to its digits; null when it is not one. */
export function parseAmountText(raw: string): { text: string; decimals: number } | null {
  const s = raw.trim().replace(/\s+/g, '');
  if (!s) return null;
  const m = NUMBER.exec(s);
  if (!m) return null;
  const negative = Boolean(m[1]);
  const int = m[2].replace(/[,，]/g, '');
  const frac = m[3] ?? '';
  return { text: `${negative ? '-' : ''}${int}${frac ? '.' + frac : ''}`, decimals: frac.length };
}

/** True when the cell text is a printed amount. */
export function isAmountText(raw: string): boolean {
  return parseAmountText(raw) !== null;
}

/**
 * True for a figure as budget tables print it: with thousands separators, or with 2 to 6 decimals. A year, a
 * code or a row number (bare digits) is not one, nor a figure with one decimal (a ratio, a version number).
 */
export function isPrintedFigure(raw: string): boolean {
  const parsed = parseAmountText(raw);
  return parsed !== null && parsed.decimals <= 6 && (parsed.decimals >= 2 || /[,，]/.test(raw));
}

/** Exact fen of a printed amount in a unit; null when it does not fit a safe integer. */
export function toFen(text: string, unit: Unit): number | null {
  const fen = new Decimal(text).times(FEN_PER_UNIT[unit]);
  // More decimals than a fen can hold (万元 with 7+ decimals) round half up: the text keeps the exact figure.
  const rounded = fen.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const n = rounded.toNumber();
  return Number.isSafeInteger(n) ? n : null;
}

/** An Amount from a cell; blank cells give text and fen null, non-numbers give undefined. */
export function amountFromCell(raw: string, unit: Unit, place: Place, confidence?: number): Amount | undefined {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '-' || trimmed === '—' || trimmed === '/') {
    return { text: null, unit, fen: null, decimals: 0, place, ...(confidence !== undefined ? { confidence } : {}) };
  }
  const parsed = parseAmountText(trimmed);
  if (!parsed) return undefined;
  return {
    text: parsed.text,
    unit,
    fen: toFen(parsed.text, unit),
    decimals: parsed.decimals,
    place,
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

/** Amount from an already-parsed number text. */
export function makeAmount(text: string, unit: Unit, place: Place): Amount {
  const parsed = parseAmountText(text);
  if (!parsed) throw new Error(`not an amount: ${text}`);
  return { text: parsed.text, unit, fen: toFen(parsed.text, unit), decimals: parsed.decimals, place };
}

/** Fen as a Decimal (blank = 0, as sums treat it). */
export function fenOf(a: Amount | null | undefined): Decimal {
  return new Decimal(a?.fen ?? 0);
}

/** halfUlpFen by unit and decimals: a Decimal is immutable, and every figure a check compares asks for one. */
const HALF_ULP = new Map<string, Decimal>();

/** Half a unit in the last printed place of an amount, in fen: the rounding each printed figure may carry. */
export function halfUlpFen(a: Pick<Amount, 'decimals' | 'unit'>): Decimal {
  const key = `${a.unit}${a.decimals}`;
  let half = HALF_ULP.get(key);
  if (!half) HALF_ULP.set(key, (half = FEN_PER_UNIT[a.unit].div(new Decimal(10).pow(a.decimals)).div(2)));
  return half;
}

/** Formats fen back in a unit with the given decimals, e.g. 772346000000 fen -> '7,723.46' 万元. */
export function formatFen(fen: Decimal.Value, unit: Unit, decimals = 2): string {
  const v = new Decimal(fen).div(FEN_PER_UNIT[unit]).toFixed(decimals);
  const [int, frac] = v.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac ? '.' + frac : ''}`;
}
