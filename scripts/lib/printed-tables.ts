/**
 * The standard tables a PDF prints, found from its page text alone: a line titling a standard kind
 * followed, on the same page, by printed amounts. A check on the recogniser, so it never uses the
 * recogniser's section finder; it shares only the title vocabulary.
 */
import { bareTitle, checkedKindOfTitleLine, isContinuationTitle, type CheckedKind } from '../../src/recognise/vocab/core-table-titles.js';
import { looksLikeTableTitle } from '../../src/recognise/table-kinds.js';
import type { PageLines } from './page-text.js';

export interface PrintedTable {
  kind: CheckedKind;
  page: number;
  title: string;
  /** Amounts printed under the title, up to the next title on the page. */
  amounts: number;
}

/** A printed amount: decimals or thousands separators (page numbers, years and codes are bare integers). */
const AMOUNT = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,6})(?![\d.,])/g;

export const amountsIn = (line: string): number => line.match(AMOUNT)?.length ?? 0;

/** Lines that begin a table (a title by shape), for cutting a page into the segments under each title. */
const isTitleLine = (line: string): boolean => looksLikeTableTitle(bareTitle(line));

/** Amounts printed in the lines after `from`, up to the next title line (or the page's end). */
export function amountsUnder(lines: readonly string[], from: number): number {
  let n = 0;
  for (let i = from + 1; i < lines.length; i++) {
    if (isTitleLine(lines[i])) break;
    n += amountsIn(lines[i]);
  }
  return n;
}

/** At least this many amounts under a title make it a printed table, not a heading or a 目录 line. */
export const MIN_AMOUNTS = 2;

/**
 * Standard tables printed in the document, one per table (a 续表 title on a later page is the same
 * table). Tables whose title is printed but with no amounts under it are kept with amounts 0, so
 * a caller can tell "printed empty" from "not printed".
 */
export function printedTables(pages: readonly PageLines[]): PrintedTable[] {
  const out: PrintedTable[] = [];
  let lastPage = 0;
  for (const p of pages) {
    p.lines.forEach((line, i) => {
      const kind = checkedKindOfTitleLine(line);
      if (!kind) return;
      const amounts = amountsUnder(p.lines, i);
      const title = bareTitle(line);
      // A table over several pages: 续表 under the title, or the same title repeated on the next page.
      const last = out.at(-1);
      if (last && last.kind === kind && (isContinuationTitle(line) ? p.page - lastPage <= 3 : last.title === title && p.page - lastPage === 1)) {
        lastPage = p.page;
        return;
      }
      // A 目录 or narrative line names tables without printing them: no amounts and no table to follow.
      if (amounts === 0 && out.some((t) => t.kind === kind && t.amounts > 0)) return;
      const prior = out.findIndex((t) => t.kind === kind && t.amounts === 0);
      if (prior >= 0 && amounts > 0) out.splice(prior, 1);
      else if (prior >= 0) return;
      out.push({ kind, page: p.page, title, amounts });
      lastPage = p.page;
    });
  }
  return out;
}

/** Amounts a table's pages print under its title (the whole of later pages), and how many are not zero. */
export function amountsOnTablePages(pages: readonly PageLines[], title: string, from: number, to: number): { amounts: number; nonZero: number } {
  const want = title.replace(/[\s　]+/g, '');
  const out = { amounts: 0, nonZero: 0 };
  const count = (line: string) => {
    for (const a of line.match(AMOUNT) ?? []) {
      out.amounts++;
      if (/[1-9]/.test(a)) out.nonZero++;
    }
  };
  for (const p of pages) {
    if (p.page < from || p.page > to) continue;
    const at = p.page === from ? p.lines.findIndex((l) => {
      const t = l.replace(/[\s　]+/g, '');
      return t.length >= 4 && (t.includes(want) || (want.includes(bareTitle(l)) && bareTitle(l).length >= 4));
    }) : -1;
    const lines = at >= 0 ? p.lines.slice(at + 1) : p.lines;
    for (const line of lines) {
      if (at >= 0 && isTitleLine(line)) break;
      count(line);
    }
  }
  return out;
}
