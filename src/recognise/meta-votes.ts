import type { MetaSource } from '../model/index.js';
import { filled, itemText, type Item } from './rows.js';
import type { TableSection } from './sections.js';
import { DEPARTMENT_LABELS, DOC_TYPE_WORDS, docTypeOfWord, GOVERNMENT_LEVELS, ORGANISATION_ENDINGS } from '../vocab/disclosure-words.js';

/**
 * Department, fiscal year and document type, each decided by votes from every place a document states
 * them: a label and its value (单位名称：X, a 部门名称 cell and its neighbour), the cover, headings on later
 * pages, table titles, the file name and its folder. A source's weight says how much it is trusted; the
 * same value stated in several places adds up, so one odd line does not decide.
 */

export type MetaField = 'department' | 'fiscalYear' | 'docType';
export interface MetaVote {
  field: MetaField;
  value: string;
  source: MetaSource;
  weight: number;
}

/** Sources from most to least trusted: the order breaks ties and names the source of a decision. */
const RANK: readonly MetaSource[] = ['cover', 'label', 'heading', 'table_title', 'file_name', 'folder'];

const LABEL = DEPARTMENT_LABELS.join('|');
/** A label alone in its cell ('部门名称'), or with its value after a colon ('单位名称：X'). */
const LABEL_ALONE = new RegExp(`^(?:${LABEL})[:：]?$`);
const LABEL_INLINE = new RegExp(`^(?:${LABEL}|部门|单位)[:：](.+)$`);
/** Lines laid out as 'label   value' (a form printed without ruling lines). */
const LABEL_SPACED = new RegExp(`^\\s*(?:${LABEL})\\s{2,}(\\S.*)$`);
const ORG_END = new RegExp(`(${ORGANISATION_ENDINGS.join('|')})$`);
const YEAR = '((?:19|20)\\d{2})\\s*年?\\s*度?';
const ORG = '([^\\d年]{3,40}?)';
const DOC_WORD = `(?:${GOVERNMENT_LEVELS}|本级)?(?:部门|单位)(?:整体)?(?:综合)?(${DOC_TYPE_WORDS.source})`;
/** 'XX局2026年度部门预算' and '2026年度XX局部门预算' (after Chinese-numeral years became digits). */
const ORG_THEN_YEAR = new RegExp(`(?:^|附件\\d?[:：]?)${ORG}(?:部门)?${YEAR}(?:${GOVERNMENT_LEVELS})?(?:部门|单位)(?:整体)?(?:综合)?(${DOC_TYPE_WORDS.source})`);
const YEAR_THEN_ORG = new RegExp(`${YEAR}${ORG}${DOC_WORD}`);
const YEAR_AND_WORD = new RegExp(`${YEAR}(?:[^\\d年]{0,40}?)${DOC_WORD}`);
const CN_DIGITS: Record<string, string> = { '〇': '0', '○': '0', 零: '0', 'Ｏ': '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Chinese-numeral years to digits: 二〇二六年, 二○二六年, 二零二六年 -> 2026年. */
export function digitYears(text: string): string {
  return text.replace(/([一二])\s*([〇○零ＯO])\s*([〇○零ＯO一二三四五六七八九])\s*([〇○零ＯO一二三四五六七八九])(?=\s*年)/g, (...m: string[]) =>
    [m[1], m[2], m[3], m[4]].map((c) => CN_DIGITS[c]).join(''),
  );
}

export function cleanDepartment(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/(金额单位|单位)[:：].*$/, '')
    .replace(/[（(](部门|本级|汇总|部门汇总|单位)[)）]$/, '')
    .replace(/\d{4}年.*$/, '')
    .replace(/^(附件\d*[:：]?)/, '')
    // A unit code printed before the name: '[292]国家信访局', '125001 西安市…'.
    .replace(/^[[【(（]?\d{3,}[\]】)）]?/, '')
    .replace(/^.*第[一二三四五六七八九十\d]+部分/, '')
    .replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/, '')
    .replace(/部门$/, '')
    .replace(/[:：,，。]+$/, '')
    .trim();
}

function orgName(raw: string): string | null {
  const v = cleanDepartment(raw);
  if (v.length < 3 || v.length > 40 || /^\d/.test(v) || /万元|^元|合计|金额|名称|项目/.test(v)) return null;
  // A unit named with its second name in brackets: 上海市统计和大数据研究院（上海市统计数据管理中心）.
  return ORG_END.test(v.replace(/[（(][^()（）]*[)）]$/, '')) ? v : null;
}

const compact = (s: string) => digitYears(s).replace(/\s+/g, '');

/** Votes of one title-like text: department, year and type from 'XX局2026年度部门预算' or '2026年度XX局部门预算'. */
function titleVotes(text: string, source: MetaSource, weight: number): MetaVote[] {
  const t = compact(text);
  const out: MetaVote[] = [];
  const a = ORG_THEN_YEAR.exec(t);
  const b = YEAR_THEN_ORG.exec(t);
  const m = a ? { org: a[1], year: a[2], word: a[3] } : b ? { org: b[2], year: b[1], word: b[3] } : null;
  const yw = m ? null : YEAR_AND_WORD.exec(t);
  const year = m?.year ?? yw?.[1];
  // Without a year, the words alone still say budget or final accounts ('第二部分 国家信访局部门预算表').
  const word = m?.word ?? yw?.[2] ?? new RegExp(DOC_WORD).exec(t)?.[1];
  const org = m ? orgName(m.org.replace(/^.*(?:目录|公开|说明)/, '')) : null;
  if (org) out.push({ field: 'department', value: org, source, weight });
  if (year) out.push({ field: 'fiscalYear', value: year, source, weight });
  if (word) out.push({ field: 'docType', value: docTypeOfWord(word), source, weight });
  return out;
}

/** The value beside a label: in the same cell after a colon, or in the next filled cell of the row. */
function labelValues(item: Item): string[] {
  if (item.kind === 'line') {
    const spaced = LABEL_SPACED.exec(digitYears(item.text));
    const inline = LABEL_INLINE.exec(compact(item.text));
    return [inline?.[1] ?? spaced?.[1]].filter((v): v is string => Boolean(v));
  }
  const cells = [...item.row.cells].filter((c) => c.text).sort((x, y) => x.col - y.col);
  const out: string[] = [];
  cells.forEach((c, i) => {
    const t = compact(c.text);
    const inline = LABEL_INLINE.exec(t);
    if (inline) out.push(inline[1]);
    else if (LABEL_ALONE.test(t) && cells[i + 1]) out.push(cells[i + 1].text);
  });
  return out;
}

/** Repeated statements add up, with less weight each time: one label printed on twenty tables is not twenty votes. */
function damped(votes: MetaVote[]): MetaVote[] {
  const seen = new Map<string, number>();
  return votes.map((v) => {
    const k = `${v.field}\u0000${v.value}\u0000${v.source}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n === 0 ? v : { ...v, weight: n < 5 ? v.weight * 0.15 : 0 };
  });
}

/** The file name's parts ('公安局_附件2：北京市公安局2026年度部门预算报表') and the folder it sits in ('北京'). */
function fileVotes(path: string): MetaVote[] {
  const parts = path.split(/[\\/]/);
  const base = (parts.at(-1) ?? '').replace(/(\.pdf|\.txt)+$/i, '');
  const folder = parts.at(-2) ?? '';
  const out: MetaVote[] = [];
  const pieces = base.split(/[_：:]/).filter(Boolean);
  for (const piece of pieces) out.push(...titleVotes(piece, 'file_name', 1.5));
  if (!out.some((v) => v.field === 'department')) {
    // A department named alone ('公安局_2026年部门预算.pdf'), in the folder of its city ('北京/'): 北京市公安局.
    const alone = pieces.map((p) => orgName(p)).find((v): v is string => v !== null && !/\d/.test(v));
    if (alone) {
      const city = /^[\u4e00-\u9fa5]{2,4}$/.test(folder) && !ORG_END.test(folder) && !/^[\u4e00-\u9fa5]{2,3}市/.test(alone) ? folder.replace(/市?$/, '市') : '';
      out.push({ field: 'department', value: `${/^(国家|中共|中国|[\u4e00-\u9fa5]{2,3}[省市区县])/.test(alone) ? '' : city}${alone}`, source: 'file_name', weight: 1.5 });
    }
  }
  if (!out.some((v) => v.field === 'fiscalYear')) {
    const y = /((?:19|20)\d{2})/.exec(digitYears(base))?.[1];
    if (y) out.push({ field: 'fiscalYear', value: y, source: 'file_name', weight: 1.5 });
  }
  if (!out.some((v) => v.field === 'docType') && DOC_TYPE_WORDS.test(base)) {
    out.push({ field: 'docType', value: /决算/.test(base) ? 'final_accounts' : 'budget', source: 'file_name', weight: 1.5 });
  }
  const folderYear = /((?:19|20)\d{2})/.exec(folder)?.[1];
  if (folderYear) out.push({ field: 'fiscalYear', value: folderYear, source: 'folder', weight: 0.5 });
  return out;
}

/** The first page's text, lines joined (titles break over lines). */
export function coverOf(items: readonly Item[]): { items: Item[]; text: string } {
  const firstPage = items[0]?.place.page;
  const coverItems = items.filter((i, k) => (firstPage !== undefined && i.place.page !== undefined ? i.place.page <= firstPage : k < 40)).slice(0, 60);
  return { items: coverItems, text: coverItems.map(itemText).filter((t) => !/^目\s*录/.test(t)).join('') };
}

/**
 * A cover's date (二〇二六年三月): budgets are published in their own year, final accounts in the year after.
 * A weak vote, cast once the type is known.
 */
export function coverDateVotes(items: readonly Item[], docType: string | null): MetaVote[] {
  const m = /((?:19|20)\d{2})年(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月/.exec(compact(coverOf(items).text));
  if (!m || !docType) return [];
  return [{ field: 'fiscalYear', value: String(Number(m[1]) - (docType === 'final_accounts' ? 1 : 0)), source: 'cover', weight: 1 }];
}

/** Every vote the document and its path cast. `cover` is the first page's text, lines joined (titles break over lines). */
export function collectVotes(items: readonly Item[], sections: readonly TableSection[], path: string): MetaVote[] {
  const votes: MetaVote[] = [];
  const { items: coverItems, text: cover } = coverOf(items);
  votes.push(...titleVotes(cover, 'cover', 4));
  for (const item of items) {
    for (const v of labelValues(item)) {
      const org = orgName(v);
      if (org) votes.push({ field: 'department', value: org, source: 'label', weight: 3 });
      const year = /^((?:19|20)\d{2})年?度?$/.exec(compact(v))?.[1];
      if (year) votes.push({ field: 'fiscalYear', value: year, source: 'label', weight: 3 });
    }
    // Headings on any page (a cover on page 2, a part title): short lines, not sentences.
    const text = item.kind === 'line' ? item.text : filled(item.row).length === 1 ? filled(item.row)[0] : '';
    if (text && !coverItems.includes(item) && compact(text).length <= 60 && !/[，。；]/.test(text)) votes.push(...titleVotes(text, 'heading', 2));
  }
  for (const s of sections) {
    const t = compact(s.title);
    const year = /((?:19|20)\d{2})年/.exec(t)?.[1];
    if (year) votes.push({ field: 'fiscalYear', value: year, source: 'table_title', weight: 1 });
    const word = /决算/.test(t) ? '决算' : /预算/.test(t) ? '预算' : null;
    if (word) votes.push({ field: 'docType', value: docTypeOfWord(word), source: 'table_title', weight: 1 });
  }
  votes.push(...fileVotes(path));
  return damped(votes);
}

/**
 * The winning value of a field and the most trusted source that stated it. A department stated in a
 * shorter form ('公安局', a file name) supports the longer one that ends with it ('北京市公安局').
 */
export function decide(votes: readonly MetaVote[], field: MetaField): { value: string; source: MetaSource } | null {
  const mine = votes.filter((v) => v.field === field && v.weight > 0);
  const values = [...new Set(mine.map((v) => v.value))];
  const supports = (candidate: string, v: MetaVote) =>
    v.value === candidate || (field === 'department' && v.value.length >= 3 && candidate.length > v.value.length && candidate.endsWith(v.value));
  let best: { value: string; source: MetaSource; score: number; rank: number } | null = null;
  for (const value of values) {
    const backing = mine.filter((v) => supports(value, v));
    const score = backing.reduce((s, v) => s + v.weight, 0);
    const own = mine.filter((v) => v.value === value);
    const rank = Math.min(...own.map((v) => RANK.indexOf(v.source)));
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && rank < best.rank)) best = { value, source: RANK[rank], score, rank };
  }
  return best ? { value: best.value, source: best.source } : null;
}
