import type { Horizon, Place } from '../../model/index.js';
import type { FormRow } from './rows.js';

/**
 * The header row of the indicator grid (一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值):
 * the columns where the mid-term 三级 text and the annual half start. Rows without labels are
 * split with these columns, corrected by how far the row itself is shifted.
 */
export interface IndicatorHeader {
  row: number;
  place: Place;
  /** Column of the first 三级指标 (the mid-term indicator text); null when not printed. */
  midNameCol: number | null;
  /** Column where the annual half starts (second 二级指标, else second 三级指标); null for one horizon. */
  annualCol: number | null;
  /**
   * The horizon of a grid with one half only: mid-term when its header says 中期 (中期指标值),
   * else annual, which single-horizon forms (年度绩效目标表) mostly are.
   */
  single: Horizon | null;
}

/** Header words, also as printed with their horizon: 年度指标值, 中期三级指标. */
const isWord = (text: string, word: string) => text.replace(/\s+/g, '').replace(/^(年度|中期)/, '') === word;

/** The first indicator header in `rows[from..to)`: a row with both 三级指标 and 指标值. */
export function findIndicatorHeader(rows: readonly FormRow[], from = 0, to = rows.length): IndicatorHeader | null {
  for (let r = from; r < Math.min(to, rows.length); r++) {
    const cells = rows[r].cells;
    const names = cells.filter((c) => isWord(c.text, '三级指标')).map((c) => c.col);
    if (!names.length || !cells.some((c) => isWord(c.text, '指标值'))) continue;
    const level2s = cells.filter((c) => isWord(c.text, '二级指标')).map((c) => c.col);
    const annualCol = level2s[1] ?? names[1] ?? null;
    const saysMidTerm = cells.some((c) => c.text.includes('中期'));
    return {
      row: r,
      place: rows[r].place,
      midNameCol: names[0],
      annualCol,
      single: annualCol !== null ? null : saysMidTerm ? 'mid_term' : 'annual',
    };
  }
  return null;
}
