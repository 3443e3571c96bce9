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

export function tableKindOf(title: string): TableKind {
  for (const [kind, re] of KIND_PATTERNS) if (re.test(title)) return kind;
  return 'other';
}

/** A line that names a table: short, ends in 表 (or 续表), and is not a sentence. */
export function looksLikeTableTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 4 || t.length > 60) return false;
  if (/[，。；]/.test(t)) return false;
  if (/^(注|说明|备注)[:：]/.test(t)) return false;
  if (/部门预算\d+表$|决算\d+表$|^表\d+$/.test(t)) return false;
  return /表([(（]续[)）])?$|续表$|表[(（][^()（）]{1,12}[)）]$/.test(t);
}

/** 目录 entries: enumerated lines or lines with dotted leaders naming a table. */
export function tocEntryTitle(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const m = /^(?:[-•·]|[一二三四五六七八九十]+、|\d+[.．、]|（[一二三四五六七八九十\d]+）)(.+?表(?:[（(][^()（）]*[)）])?)(?:[.…·\s\d]*)$/.exec(t);
  if (!m) return null;
  return m[1].replace(/^[.．、\s]+/, '');
}
