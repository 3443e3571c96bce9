import { toHalfWidth } from '../../util/cjk.js';

/**
 * A printed date or month ('2021年1月', '2021 年 01 月', '2021-01', '2021.1', '2021年1月15日', '2021年')
 * as an ISO date: the first day of the period for a start, the last for an end. Null when the text is
 * not a single date (ranges such as '2021年1月至2021年12月' are read by the caller, not here).
 */
export function isoDate(printed: string, edge: 'start' | 'end'): string | null {
  const s = toHalfWidth(printed).replace(/\s+/g, '');
  const m = /^(\d{4})(?:年度?|[-./])?(?:(\d{1,2})(?:月份?|[-./])?(?:(\d{1,2})日?)?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (edge === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] === undefined ? (edge === 'start' ? 1 : lastDay) : Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
