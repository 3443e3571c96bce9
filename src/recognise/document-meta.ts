import type { DocumentMeta, Unit } from '../model/index.js';
import { itemText, type Item } from './rows.js';
import type { TableSection } from './sections.js';

/** Department, fiscal year, budget or final accounts, and whether this is a disclosure at all. */

const DEPT_LABEL = /^(?:预算主管部门|单位名称|编制部门|编制单位|部门名称|预算单位|主管部门)[:：]\s*(.+)$/;
const COVER_TITLE = /(\d{4})\s*年\s*度?\s*(?:区级|市级|省级|县级)?\s*(?:部门|单位)?\s*(?:综合)?\s*(预算|决算)/;
const CN_DIGITS: Record<string, string> = { '〇': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function cleanDepartment(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/(单位|金额单位)[:：].*$/, '')
    .replace(/[（(](部门|本级|汇总)[)）]$/, '')
    .replace(/\d{4}年.*$/, '')
    .replace(/[:：,，。]+$/, '')
    .trim();
}

function mostFrequent<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The cover's lines joined: titles are often broken over several lines ('人力资源和社会保障局部门' / '2021 年度部门预算'). */
function coverText(items: readonly Item[]): string {
  return items
    .slice(0, 40)
    .map(itemText)
    .filter((t) => !/^目\s*录/.test(t))
    .join('')
    .replace(/\s+/g, '');
}

export function readDocumentMeta(items: readonly Item[], sections: readonly TableSection[], fileName: string): DocumentMeta {
  const texts = items.map(itemText);
  const cover = coverText(items);
  const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

  // Department: labelled lines first (most frequent value), then the cover title, then the file name.
  const labelled = texts
    .map((t) => DEPT_LABEL.exec(t.replace(/\s+/g, ''))?.[1])
    .filter((v): v is string => Boolean(v))
    .map(cleanDepartment)
    .filter((v) => v.length >= 3 && !/^\d/.test(v));
  let department = mostFrequent(labelled);
  if (!department) {
    // Covers print 'XX局2021年度部门预算' or '2026年度福州市医疗保障局部门预算'; file names often carry a
    // prefix ('司法局_附件2：北京市司法局2026年度部门预算报表').
    const fileTitle = baseName.split(/[_：:]/).pop() ?? baseName;
    const m =
      /^(?:附件\d?[:：]?)?(.{3,40}?)(?:部门)?\d{4}年度?(?:区级|市级)?部门(?:预算|决算)/.exec(cover) ??
      /\d{4}年度?([^\d年]{3,40}?)(?:部门|单位)(?:预算|决算)/.exec(cover.slice(0, 120)) ??
      /^(.{3,40}?)\d{4}年度?部门(?:预算|决算)/.exec(fileTitle);
    if (m) department = cleanDepartment(m[1]).replace(/部门$/, '');
  }

  // Fiscal year: the cover title's year, else the year most table titles carry, else the file name's.
  const coverYear = COVER_TITLE.exec(cover)?.[1];
  const titleYears = sections.map((s) => /(\d{4})\s*年/.exec(s.title)?.[1]).filter((y): y is string => Boolean(y));
  const fileYear = COVER_TITLE.exec(baseName)?.[1] ?? /(20\d{2})/.exec(baseName)?.[1];
  const yearText = coverYear ?? mostFrequent(titleYears) ?? fileYear ?? null;
  const fiscalYear = yearText ? Number(yearText) : null;

  // Budget or final accounts: the cover's word, else the table titles', else the file name's.
  const docWord = COVER_TITLE.exec(cover)?.[2] ?? (sections.some((s) => /决算/.test(s.title)) ? '决算' : sections.some((s) => /预算/.test(s.title)) ? '预算' : /决算/.test(baseName) ? '决算' : /预算/.test(baseName) ? '预算' : null);
  const canonical = sections.filter((s) => s.kind !== 'other');
  // A file of project performance targets (Guangzhou's 项目支出绩效目标表) is part of a budget disclosure.
  const targetsOnly = canonical.length > 0 && canonical.every((s) => s.kind === 'project_performance' || s.kind === 'dept_performance');
  const docType = docWord === '决算' ? 'final_accounts' : docWord === '预算' || (docWord === null && targetsOnly) ? 'budget' : null;

  const mentionsDisclosure = /部门(预算|决算)|单位(预算|决算)|预算(信息)?公开|决算(信息)?公开/.test(cover + texts.slice(0, 200).join(''));
  const isDisclosure = canonical.length >= 2 || targetsOnly || (mentionsDisclosure && canonical.length >= 1) || (mentionsDisclosure && texts.length > 30);
  const placeholders = /XX|ＸＸ|xx局|待填写|\*\*\*/.test(cover) || (department !== null && /XX|ＸＸ/.test(department));
  const hasFigures = sections.some((s) => s.items.some((i) => i.kind === 'row' && i.row.cells.some((c) => /\d[\d,]*\.\d{2}/.test(c.text) && !/^20\d{2}/.test(c.text))));
  const isTemplate = isDisclosure && placeholders && !hasFigures;
  const reason = isDisclosure
    ? null
    : /通知|决定|批复/.test(cover.slice(0, 200))
      ? 'The document is a notice (通知/批复), not a department budget or final-accounts disclosure.'
      : /绩效评价/.test(cover.slice(0, 300))
        ? 'The document is a performance-evaluation report, not a budget or final-accounts disclosure.'
        : 'No budget tables and no 部门预算/部门决算 title were found.';

  const narrativeUnit: Unit | null = /\d\s*万元/.test(texts.join('')) ? '万元' : /\d\s*元/.test(texts.join('')) ? '元' : null;
  const titleLine = COVER_TITLE.exec(cover) ? cover.slice(0, (COVER_TITLE.exec(cover)!.index ?? 0) + COVER_TITLE.exec(cover)![0].length) : null;

  return {
    // A document that is not a disclosure names no department we can trust beyond a labelled line.
    department: isDisclosure || labelled.length ? (department ?? null) : null,
    // A file name's year says nothing about a document that is not a disclosure.
    fiscalYear: isDisclosure ? fiscalYear : coverYear ? Number(coverYear) : null,
    docType: isDisclosure ? docType : null,
    title: titleLine ? titleLine.replace(/^附件\d?[:：]?/, '').slice(-80) : null,
    isDisclosure,
    isTemplate,
    reason,
    narrativeUnit,
  };
}

/** Chinese-numeral years (二〇二一) to digits, for dates on covers. */
export function chineseYear(s: string): number | null {
  const m = /([〇零一二三四五六七八九]{4})年/.exec(s);
  return m ? Number([...m[1]].map((c) => CN_DIGITS[c]).join('')) : null;
}
