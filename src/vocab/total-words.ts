/**
 * The words tables print for totals, as data: a column headed only 合计 names no measure of its own, and the
 * row printed as 总计 is a side's grand total (合计 rows may stop before 年终结转结余).
 */

/** Column headers that say only "total", so a message names the measure instead. */
const GENERIC_TOTAL_HEADERS: readonly string[] = ['小计', '合计', '计'];

/** The word of a grand total row. */
const GRAND_TOTAL_WORD = '总计';

/** True when a printed column header is a bare total word. */
export function isGenericTotalHeader(printed: string): boolean {
  return GENERIC_TOTAL_HEADERS.includes(printed);
}

/** True when a row's printed name marks it as a grand total (收入总计, 支出总计). */
export function isGrandTotalName(name: string): boolean {
  return name.includes(GRAND_TOTAL_WORD);
}
