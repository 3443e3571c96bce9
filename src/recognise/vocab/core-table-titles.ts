import type { TableKind } from '../../model/index.js';
import { looksLikeTableTitle, tableKindOf } from '../table-kinds.js';

/**
 * Which of the standard tables a printed title line names, for checks that look at a page's text
 * without the recogniser's section finder (scripts/corpus-health.ts). It starts from the recogniser's
 * own alias vocabulary (table-kinds.ts) and adds what a title must not be: tables whose titles share
 * the words of a core kind but hold something else (project spending, procurement, running costs,
 * carry-overs, performance targets).
 */

/** The seven standard tables every budget should print, in the order documents print them. */
export const CORE_KINDS = [
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'fiscal_appropriation_summary',
  'gpb_expenditure',
  'gpb_basic_by_economic',
  'three_public',
] as const satisfies readonly TableKind[];

/** Often legitimately empty ("本部门无政府性基金预算"): reported apart from the core kinds. */
export const OFTEN_EMPTY_KINDS = ['gov_fund', 'soe_capital'] as const satisfies readonly TableKind[];

export type CoreKind = (typeof CORE_KINDS)[number];
export type CheckedKind = CoreKind | (typeof OFTEN_EMPTY_KINDS)[number];

/** Titles that share a core kind's words but are other tables (三公 titles may name 机关运行经费 too). */
const NOT_CORE: ReadonlyArray<RegExp> = [
  /项目支出/,
  /机关运行经费/,
  /政府采购/,
  /政府购买服务/,
  /结转/,
  /专项(业务|资金)/,
  /绩效/,
  /转移支付/,
];

/** Numbering and labels printed before a title: 一、 (三) 3. 表3： 预算03表 公开01表 附表4-1 附件： */
const TITLE_PREFIX = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|(?:附|预算|公开)?表\s*\d+(?:[-—]\d+)?[.．、:：-]?|(?:预算|公开)\d+表|附件\d*[:：]?)\s*/;
/** What follows a title on its line: the unit, a 续表 mark, a page label. */
const TITLE_SUFFIX = /(?:(?:金额)?单位[:：].*|[(（]?续表?[)）]?|[(（]续[)）])$/;

/** The title a line prints without its numbering and trailing unit, whitespace removed. */
export function bareTitle(line: string): string {
  let t = line.replace(/[\s　]+/g, '');
  for (let i = 0; i < 2; i++) t = t.replace(TITLE_PREFIX, '');
  return t.replace(TITLE_SUFFIX, '');
}

/** A title line that marks a continuation of the table begun on an earlier page (续表, (续)). */
export function isContinuationTitle(line: string): boolean {
  return /续表|[(（]续[)）]/.test(line.replace(/[\s　]+/g, ''));
}

/** The standard kind a printed line titles, or null when it titles no standard table (or is no title). */
export function checkedKindOfTitleLine(line: string): CheckedKind | null {
  const t = bareTitle(line);
  if (!looksLikeTableTitle(t)) return null;
  const kind = tableKindOf(t);
  if (kind === 'three_public') return kind;
  if (NOT_CORE.some((re) => re.test(t))) return null;
  // A basic-expenditure table by function code is not the economic table.
  if (kind === 'gpb_basic_by_economic' && /功能/.test(t) && !/经济/.test(t)) return null;
  return (CORE_KINDS as readonly string[]).includes(kind) || (OFTEN_EMPTY_KINDS as readonly string[]).includes(kind) ? (kind as CheckedKind) : null;
}
