import type { TableKind } from '../model/index.js';

/**
 * Alias -> canonical kind. Names vary by province and year, so a table is recognised by the words
 * of its title; the order matters (三公 before 一般公共预算, 财政拨款收支 before 收支总表 ...).
 */
const KIND_PATTERNS: ReadonlyArray<[TableKind, RegExp]> = [
  ['three_public', /三公/],
  ['project_performance', /项目(支出)?绩效目标|绩效目标(申报|填报)|项目绩效/],
  ['dept_performance', /部门(整体)?(支出)?绩效目标|整体(支出)?绩效/],
  ['gov_fund', /政府性基金/],
  ['soe_capital', /国有资本经营/],
  ['fiscal_appropriation_summary', /财政拨款收(入)?支(出)?/],
  ['gpb_basic_by_economic', /基本支出|经济分类/],
  ['gpb_expenditure', /一般公共预算(财政拨款)?(支出|拨款)/],
  ['income_expenditure_summary', /收(入)?支(出)?(预算|决算)?总(体情况)?表|收支(预算|决算)?总表|财务收支/],
  ['income_summary', /收入(预算|决算)?(总体情况|总|情况)?表/],
  ['expenditure_summary', /支出(预算|决算)?(总体情况|总|情况)?表/],
];

/**
 * A table of project spending only (部门预算项目支出及其他支出预算表, 一般公共预算项目支出情况表（按经济分类科目）,
 * 专项业务经费支出表):
 * none of the canonical kinds, and never a second expenditure summary or basic-expenditure table.
 */
const PROJECT_ONLY = /项目支出(?!绩效)|专项(业务)?(经费|资金)/;
const NOT_PROJECT_ONLY = /基本支出|总表|收支|总体|三公|绩效/;

/**
 * Tables of one slice of the spending: 机关运行经费 by economic class, 政府采购, 政府购买服务, 转移支付. They
 * share a summary's words (…支出预算表) but are none of the standard tables.
 */
const SLICE_ONLY = /机关运行经费|政府采购|政府购买服务|转移支付/;

/** A table of one part of the spending (projects, 机关运行经费, 政府采购 …): kept and read as 'other', never a standard table. */
export function isPartSpendingTitle(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  return (PROJECT_ONLY.test(t) && !NOT_PROJECT_ONLY.test(t)) || (SLICE_ONLY.test(t) && !/三公|绩效/.test(t));
}

/** The first alias a title matches (the order above settles overlaps), with the words it matched. */
function kindWords(t: string): { kind: TableKind; words: RegExpExecArray } | null {
  for (const [kind, re] of KIND_PATTERNS) {
    const words = re.exec(t);
    if (words) return { kind, words };
  }
  return null;
}

/** The kind a title alone names. */
export function tableKindOf(title: string): TableKind {
  const t = title.replace(/\s+/g, '');
  if (isPartSpendingTitle(t)) return 'other';
  return kindWords(t)?.kind ?? 'other';
}

/** Kind words a repair may complete: at least this many characters. */
const MIN_REPAIRED_WORDS = 4;
/** The Han characters of the kinds' words: the only ones a title put right may gain. */
const KIND_CHARS = [...new Set(KIND_PATTERNS.flatMap(([, re]) => re.source.match(/\p{Script=Han}/gu) ?? []))];

/**
 * The kind a title names, or, when it names none as printed, the one kind it names with one character put
 * right: OCR misreads a stroke ('部门预算基本文出预算表' for 基本支出), and the whole table would be read as no
 * standard one. Only when exactly one kind is one character away, so a title between two kinds stays 'other';
 * a table of one part of the spending stays what it is.
 */
export function titleKind(title: string): TableKind {
  const t = title.replace(/\s+/g, '');
  const printed = tableKindOf(t);
  if (printed !== 'other' || isPartSpendingTitle(t) || !looksLikeTableTitle(t)) return printed;
  const chars = [...t];
  const found = new Set<TableKind>();
  chars.forEach((c, i) => {
    for (const k of KIND_CHARS) {
      if (k === c) continue;
      const repaired = [...chars.slice(0, i), k, ...chars.slice(i + 1)].join('');
      const match = isPartSpendingTitle(repaired) ? null : kindWords(repaired);
      if (!match) continue;
      // The character put right lies inside the kind's words, and they are long enough that one character
      // cannot make them out of other words (三公 from 市公安局, 公共卫生: two characters are too few).
      const at = [...repaired.slice(0, match.words.index)].length;
      const length = [...match.words[0]].length;
      if (length >= MIN_REPAIRED_WORDS && at <= i && i < at + length) found.add(match.kind);
    }
  });
  return found.size === 1 ? [...found][0] : 'other';
}

/** What the printed table shows besides its title: its header words and the kinds of codes in its rows. */
export interface KindEvidence {
  header: string;
  /** Rows whose code is a function code (2xx, 2xxxx, 2xxxxxx) and an economic code (3xx, 3xxxx, 5xx ...). */
  functionCodes: number;
  economicCodes: number;
}

/**
 * The table's kind scored from its title, header words, column measures and the kinds of codes in its rows, so
 * that a title that says little ('支出预算表') or misleads is read by what the table holds. The title's own kind
 * starts ahead; the table's content confirms it or, when it contradicts it clearly, outvotes it.
 */
export function scoreTableKind(title: string, evidence: KindEvidence, byTitle: TableKind = titleKind(title)): TableKind {
  if (byTitle === 'other' || byTitle === 'three_public' || /performance/.test(byTitle)) return byTitle;
  const score = new Map<TableKind, number>([[byTitle, 3]]);
  const add = (k: TableKind, n: number) => score.set(k, (score.get(k) ?? 0) + n);
  const h = evidence.header.replace(/\s+/g, '');
  const codes = evidence.functionCodes + evidence.economicCodes;
  const economic = codes >= 3 && evidence.economicCodes > 2 * evidence.functionCodes;
  const functional = codes >= 3 && evidence.functionCodes > 2 * evidence.economicCodes;
  // Rows by economic code with 人员经费/公用经费 columns are the basic-expenditure table, whatever its title says;
  // economic rows contradict the function-coded kinds.
  if (economic) {
    add('gpb_basic_by_economic', 2);
    for (const k of ['expenditure_summary', 'gpb_expenditure'] as const) if (score.has(k)) add(k, -2);
  }
  if (/人员经费/.test(h) && /公用经费/.test(h)) add('gpb_basic_by_economic', 2);
  // A function-coded table is not the economic one, even when its title says 基本支出 (基本支出情况表 by function).
  if (functional && byTitle === 'gpb_basic_by_economic') {
    add('gpb_basic_by_economic', -3);
    add(/一般公共预算/.test(title) ? 'gpb_expenditure' : 'expenditure_summary', 2);
  }
  let best: TableKind = byTitle;
  for (const [k, v] of score) if (v > (score.get(best) ?? 0)) best = k;
  return best;
}

/** A line that names a table: short, ends in 表 (or 续表), and is not a sentence. */
export function looksLikeTableTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 4 || t.length > 60) return false;
  if (/[，。；]/.test(t)) return false;
  if (/^(注|说明|备注)[:：]/.test(t)) return false;
  // Table numbers (预算01表, 公开03表, 部门公开表2, 表5) name no table.
  if (/部门预算\d+表$|决算\d+表$|^表\d+$|^[^\d]{0,6}\d{1,3}表$/.test(t)) return false;
  return /表([(（]续[)）])?$|续表$|表[(（][^()（）]{1,12}[)）]$/.test(t);
}

/**
 * A 目录 line holding several entries ('…经济分类预算表9.2026年单位“三公”经费…预算表',
 * '财政拨款政府购买服务明细表十二、项目支出绩效目标表'): one piece per entry, split where a numbering follows a title's 表.
 */
export function tocPieces(text: string): string[] {
  const t = text.replace(/\s+/g, '');
  return t
    .split(/(?<=表(?:[（(][^()（）]*[)）])?[.…·]*\d*)(?=\d{1,2}[.．、]\S|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])/)
    .filter(Boolean);
}

/** 目录 entries: enumerated lines or lines with dotted leaders naming a table. */
export function tocEntryTitle(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const m = /^(?:[-•·]|[一二三四五六七八九十]+、|\d+[.．、]|（[一二三四五六七八九十\d]+）)(.+?表(?:[（(][^()（）]*[)）])?)(?:[.…·\s\d]*)$/.exec(t);
  if (!m) return null;
  return m[1].replace(/^[.．、\s]+/, '');
}
