import { nameKey } from '../util/cjk.js';

/**
 * The words around a table's title, as data: its numbering, attachment number and year come before the name
 * proper, which starts at one of the fund or table words; a 目录 line may name a part of the document instead.
 */

const ORDINAL = /^[一二三四五六七八九十]+[、.]?|^\d+[、.]/;
const ATTACHMENT = /^(附件\d*|附表\d*)/;
const YEAR = /^(\d{4}年度?)/;
/** Everything before the first word a table name starts with. */
const BEFORE_NAME = /^.*?(?=部门|财政|一般|政府|国有|支出|收入|预算)/;

/** A table title without its numbering and year: '五、一般公共预算支出情况表' -> '一般公共预算支出情况表'. */
export function tableTitleKey(title: string): string {
  return nameKey(title).replace(ORDINAL, '').replace(ATTACHMENT, '').replace(YEAR, '').replace(BEFORE_NAME, '');
}

const LEADER_DOTS = /[.．…·]{4,}/;
const PART_NUMBER = /^第[一二三四五六七八九十]+部分/;
const WHOLE_TABLE_PART = /(预算|决算)(公开)?表$/;
const ONE_TABLE_WORDS = /(收入|支出|收支|三公|基金|国有资本|绩效|采购|资产)/;

/**
 * A 目录 line that names a part of the document, not a table: '第一部分单位概况……1', '2026年…预算公开表'
 * (the whole table part), '第二部分2026年度部门预算表'.
 */
export function isPartHeadingTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return LEADER_DOTS.test(t) || PART_NUMBER.test(t) || (WHOLE_TABLE_PART.test(t) && !ONE_TABLE_WORDS.test(t));
}
