import { TABLE_MEASURE_WORDS } from '../vocab/figure-words.js';

/**
 * Column header path -> measure. The most specific word wins; a bare 小计/合计 takes its
 * parent's meaning (基本支出/小计 is 'basic').
 */
const WORDS = TABLE_MEASURE_WORDS;

/** Period of a column in final accounts (决算数 vs 预算数) or with prior-year columns. */
export function periodOf(path: string): 'budget' | 'final' | 'prior_budget' | 'prior_final' | undefined {
  // 上年结转(结余) is last year's money carried into this year's budget: a source of this year, not a prior-year column.
  const own = path.replace(/上年度?(结转|结余)/g, '');
  if (/上年|上年度|\d{4}年(预算|决算)数?/.test(own) && /决算/.test(path)) return 'prior_final';
  if (/上年|上年度/.test(own)) return 'prior_budget';
  if (/决算/.test(path)) return 'final';
  if (/(年初|全年)?预算数|预算$/.test(path)) return 'budget';
  return undefined;
}

/** The measure of a column from its header path ('基本支出/工资福利支出' -> 'wages'). */
export function measureOf(path: string): string | null {
  const segments = path.split('/').map((s) => s.replace(/[\s（）()]/g, '')).filter(Boolean);
  // 合计 under the table's own scope ('一般公共预算支出/合计', '政府性基金预算支出/合计') is the total.
  if (segments.length === 2 && /^(合计|总计|小计)$/.test(segments[1]) && /^(本年)?(一般公共预算|政府性基金|国有资本经营|财政拨款)(预算)?(基本)?(支出|收入|拨款)/.test(segments[0])) {
    return 'total';
  }
  // Fund sources under 上年结转 are carry-overs of that source, not this year's money.
  const carried = segments.length > 1 && /上年结转|年初结转/.test(segments[0]);
  // '事业收入/其中:教育收费': a part of its parent's column, not a measure to add up with the others.
  // '一般公共预算支出/其中：基本支出' beside '…/小计' and '…/项目支出' is the basic split of the row's total: 基本 and
  // 项目 are always parts of it, so 其中 says nothing more there (the parent is the table's scope, not a measure).
  const last = segments[segments.length - 1];
  const split = /^其中[:：]?(基本支出|项目支出)$/.exec(last ?? '');
  if (segments.length > 1 && split && !measureOf(segments.slice(0, -1).join('/'))?.match(/^(basic|project)/)) return split[1] === '基本支出' ? 'basic' : 'project';
  if (segments.length > 1 && /^其中/.test(last)) return 'of_which';
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (/^(小计|合计|金额)$/.test(seg) && i > 0) continue; // takes the parent's meaning
    if (seg === '金额' && i > 0 && /.收入$/.test(segments[i - 1])) continue; // '事业收入/金额' is that income
    for (const [re, measure] of WORDS) {
      if (!re.test(seg)) continue;
      return carried && i > 0 && measure !== 'carryover' ? `carryover_${measure}` : measure;
    }
  }
  // A bare 合计 under a group word that names no measure ('收入预算/合计') is the row's total.
  return segments.length && /^(合计|小计|总计|金额)$/.test(segments[segments.length - 1]) ? 'total' : null;
}
