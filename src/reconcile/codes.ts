import { nameKey } from '../util/cjk.js';
import type { Row } from './context.js';

/**
 * Rows that carry a classification code (function 3/5/7 digits, economic 3/5/7). A code printed on several
 * rows of one table under different names was not read right (split 类|款|项 columns recovered as the 类
 * alone): those rows are left out of every code-based check.
 */
export function codedRows(rows: readonly Row[]): Row[] {
  // Cross-classified detail rows (function x economic) are finer than the coded rows; they are not part of the hierarchy.
  const coded = rows.filter((r) => r.code && r.rowKind !== 'detail' && (r.classification === 'function' || r.classification === 'economic') && [3, 5, 7].includes(r.code.length));
  const names = new Map<string, Set<string>>();
  const key = (r: Row) => `${r.side}|${r.block}|${r.code}`;
  for (const r of coded) names.set(key(r), (names.get(key(r)) ?? new Set()).add(codeNameKey(r.name)));
  return coded.filter((r) => names.get(key(r))!.size === 1);
}

/**
 * The rows of a cross-classified table (one per function code x economic code): no level of a 类/款/项
 * hierarchy, each is a part of its function code's row, where printed, and of the table's total.
 */
export function crossClassifiedRows(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.rowKind === 'detail' && r.code);
}

/** Direct children of a code among the printed codes: the next printed level below it. */
export function childrenOf(code: string, rows: readonly Row[], block?: number): Row[] {
  const below = rows.filter((r) => r.code!.length > code.length && r.code!.startsWith(code) && (block === undefined || r.block === block));
  // A child is a code with no printed code between it and the parent: 3010201 津贴补贴 is a child of 301
  // when 30102 is not printed, beside 30101.
  return below.filter((r) => !below.some((o) => o.code!.length < r.code!.length && r.code!.startsWith(o.code!)));
}

/** Rows whose code has no printed ancestor in the same set: 类 rows, or 项 rows when only those are printed. */
export function topLevel(rows: readonly Row[]): Row[] {
  return rows.filter((r) => !rows.some((o) => o.code!.length < r.code!.length && r.code!.startsWith(o.code!)));
}

/**
 * A key for comparing the names printed for one code: no spaces, no bracketed qualifiers (also a bracket
 * cut off by a narrow column, '行政运行（人力资源和社会保'), no punctuation.
 */
export function codeNameKey(name: string): string {
  return nameKey(name.replace(/[（(][^（()）]*$/, ''));
}

/** Two printed names for one code mean the same: equal keys, or one cut short by a narrow column. */
export function sameCodeName(a: string, b: string): boolean {
  const x = codeNameKey(a);
  const y = codeNameKey(b);
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.startsWith(s);
}

/** Function 类 codes and their usual names (2021 onwards), to read a 类 named in the narrative. */
export const FUNCTION_CLASSES: Record<string, string> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债安排的支出',
};

/** A loose key for 类 names: '卫生与健康支出' and '十、卫生健康' both give '卫生健康'. */
export function classKey(name: string): string {
  return nameKey(name)
    .replace(/^[一二三四五六七八九十百]+、?/, '')
    .replace(/^\d+[、.]?/, '')
    .replace(/[与和及]/g, '')
    .replace(/(的)?支出$/, '');
}

/** The 类 code a printed or narrated name refers to, if any. */
export function classCodeOf(name: string): string | null {
  const k = classKey(name);
  if (!k) return null;
  for (const [code, n] of Object.entries(FUNCTION_CLASSES)) if (classKey(n) === k) return code;
  return null;
}
