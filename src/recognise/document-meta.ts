import type { DocumentMeta, Unit } from '../model/index.js';
import { isPrintedFigure } from '../util/money.js';
import {
  DISCLOSURE_TITLE,
  DOC_TYPE_WORDS,
  DOCUMENT_NUMBER,
  EVALUATION_REPORT,
  GOVERNMENT_LEVELS,
  NOTICE_WORDS,
  PLACEHOLDER_MARKS,
  PLACEHOLDER_NAME,
} from '../vocab/disclosure-words.js';
import { filled, itemText, type Item } from './rows.js';
import type { TableSection } from './sections.js';
import { collectVotes, coverDateVotes, decide, digitYears } from './meta-votes.js';

/** Department, fiscal year, budget or final accounts, and whether this is a disclosure at all. */

const COVER_TITLE = new RegExp(`(\\d{4})\\s*年?\\s*度?\\s*(?:${GOVERNMENT_LEVELS})?\\s*(?:部门|单位)?\\s*(?:整体)?\\s*(?:综合)?\\s*(${DOC_TYPE_WORDS.source})`);

/** The cover's lines joined: titles are often broken over several lines ('人力资源和社会保障局部门' / '2021 年度部门预算'). */
function coverText(items: readonly Item[]): string {
  return digitYears(
    items
      .slice(0, 40)
      .map(itemText)
      .filter((t) => !/^目\s*录/.test(t))
      .join(''),
  ).replace(/\s+/g, '');
}

/** Enough amounts that the table is a table of figures, not a heading or a stray line with a number. */
const MIN_AMOUNTS = 8;

/**
 * A table that shows by itself that the file is part of a disclosure: a body of amounts under a title or
 * header that names a budget or final accounts. A tables-only download (Beijing's 附件2 报表, whose first
 * page is itself 预算01表 收支总表) has no narrative and no cover title to say so. The header is the rows
 * above the first amount, so a row label such as 一般公共预算拨款收入 does not count as a title word.
 */
function isBudgetTable(s: TableSection): boolean {
  let amounts = 0;
  let header = s.title;
  for (const i of s.items) {
    if (i.kind !== 'row') continue;
    const cells = filled(i.row).map((t) => t.replace(/\s+/g, ''));
    // Figures as tables print them: a year, a code or a row number does not make a table of figures.
    const n = cells.filter(isPrintedFigure).length;
    if (amounts === 0 && n === 0) header += cells.join('');
    amounts += n;
  }
  // '预算01表', '财政拨款收支预算表', a '预算数'/'决算数' column.
  return amounts >= MIN_AMOUNTS && DOC_TYPE_WORDS.test(header.replace(/\s+/g, ''));
}

export function readDocumentMeta(items: readonly Item[], sections: readonly TableSection[], fileName: string): DocumentMeta {
  const texts = items.map(itemText);
  const cover = coverText(items);

  // Department, year and type: each decided by the votes of every place that states it (see meta-votes.ts).
  const votes = collectVotes(items, sections, fileName);
  const dept = decide(votes, 'department');
  const type = decide(votes, 'docType');
  votes.push(...coverDateVotes(items, type?.value ?? null));
  const year = decide(votes, 'fiscalYear');
  const department = dept?.value ?? null;
  const fiscalYear = year ? Number(year.value) : null;
  const labelled = votes.some((v) => v.field === 'department' && v.source === 'label');
  const coverYear = votes.find((v) => v.field === 'fiscalYear' && v.source === 'cover')?.value;

  const canonical = sections.filter((s) => s.kind !== 'other');
  // A file of project performance targets (Guangzhou's 项目支出绩效目标表) is part of a budget disclosure.
  const targetsOnly = canonical.length > 0 && canonical.every((s) => s.kind === 'project_performance' || s.kind === 'dept_performance');
  const docType = (type?.value as DocumentMeta['docType']) ?? (targetsOnly ? 'budget' : null);

  const mentionsDisclosure = DISCLOSURE_TITLE.test(cover + texts.slice(0, 200).join(''));
  // Evidence from the tables themselves holds on a cut of a few pages and on OCR alike: one standard table of
  // figures titled as a budget's, or (under a 部门预算 title) any such table, such as a project list.
  // A notice's cover (关于下达…资金的通知, 长财文指〔2025〕42号) vetoes that evidence: the allocation table it
  // attaches is a budget's kind of table but not a department's disclosure.
  const coverHead = cover.slice(0, 200);
  const coverIsNotice = NOTICE_WORDS.test(coverHead) || DOCUMENT_NUMBER.test(coverHead);
  const budgetTables = coverIsNotice ? [] : sections.filter(isBudgetTable);
  const isDisclosure =
    canonical.length >= 2 ||
    targetsOnly ||
    budgetTables.some((s) => s.kind !== 'other') ||
    (mentionsDisclosure && (canonical.length >= 1 || budgetTables.length >= 1 || texts.length > 30));
  const placeholders = PLACEHOLDER_MARKS.test(cover) || (department !== null && PLACEHOLDER_NAME.test(department));
  const hasFigures = sections.some((s) => s.items.some((i) => i.kind === 'row' && i.row.cells.some((c) => /\d[\d,]*\.\d{2}/.test(c.text) && !/^20\d{2}/.test(c.text))));
  const isTemplate = isDisclosure && placeholders && !hasFigures;
  const reason = isDisclosure
    ? null
    : NOTICE_WORDS.test(coverHead)
      ? 'The document is a notice (通知/批复), not a department budget or final-accounts disclosure.'
      : EVALUATION_REPORT.test(cover.slice(0, 300))
        ? 'The document is a performance-evaluation report, not a budget or final-accounts disclosure.'
        : 'No budget tables and no 部门预算/部门决算 title were found.';

  const narrativeUnit: Unit | null = /\d\s*万元/.test(texts.join('')) ? '万元' : /\d\s*元/.test(texts.join('')) ? '元' : null;
  const titleLine = COVER_TITLE.exec(cover) ? cover.slice(0, (COVER_TITLE.exec(cover)!.index ?? 0) + COVER_TITLE.exec(cover)![0].length) : null;

  return {
    // A document that is not a disclosure names no department we can trust beyond a labelled line.
    department: isDisclosure || labelled ? department : null,
    // A file name's year says nothing about a document that is not a disclosure.
    fiscalYear: isDisclosure ? fiscalYear : coverYear ? Number(coverYear) : null,
    docType: isDisclosure ? docType : null,
    title: titleLine ? titleLine.replace(/^附件\d?[:：]?/, '').slice(-80) : null,
    isDisclosure,
    isTemplate,
    reason,
    narrativeUnit,
    sources: {
      ...(dept && (isDisclosure || labelled) ? { department: dept.source } : {}),
      ...(isDisclosure && year ? { fiscal_year: year.source } : coverYear ? { fiscal_year: 'cover' as const } : {}),
      ...(type && isDisclosure ? { doc_type: type.source } : targetsOnly && isDisclosure ? { doc_type: 'table_title' as const } : {}),
    },
  };
}

/** Chinese-numeral years (二〇二一年) to a number, for dates on covers. */
export function chineseYear(s: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(digitYears(s));
  return m ? Number(m[1]) : null;
}
