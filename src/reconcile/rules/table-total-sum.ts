import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import type { BudgetTable } from '../../model/index.js';
import { columnLabel, tableLabel, type Row } from '../context.js';
import { outcomeOf, splitIdentities, totalIdentities, type TotalIdentity } from '../identities.js';
import { compare, fromAmount, show, sumOf } from '../quantity.js';
import { mergeEvidence } from '../evidence.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

/**
 * One finding, one flag: a row missing from the sum shows in every column (合计, 基本支出, 人员经费 ...) by
 * the same gap. Drafts of one table with the same gap become one flag naming all the columns.
 */
function oneFlagPerGap(found: (FlagDraft & { gap?: string })[]): FlagDraft[] {
  const out: FlagDraft[] = [];
  const byGap = new Map<string, FlagDraft & { gap?: string }>();
  for (const { gap, ...d } of found) {
    if (gap === undefined || d.variant || d.rule) {
      out.push(d);
      continue;
    }
    const seen = byGap.get(gap);
    if (!seen) {
      const first = { ...d, evidence: [...d.evidence] };
      byGap.set(gap, first);
      out.push(first);
      continue;
    }
    seen.message = seen.message.replace(/。$/, '') + `；另一列（${d.actual ?? ''}）与其各科目之和相差相同，是同一处差异。`;
    mergeEvidence(seen.evidence, d.evidence);
  }
  return out;
}

/**
 * Columns the rows confirm: every row of the table (at least ten row splits) closes 合计 = 基本 + 项目 and its
 * finer splits, and no row was left unread. A total that fails in most columns of such a table is rows left
 * out of the print, not columns misread, so the failures are reported, not collapsed into one unresolved note.
 */
function columnsConfirmedByRows(table: BudgetTable, rows: readonly Row[]): boolean {
  if (table.parse && table.parse.rowsUnread > 0) return false;
  const splits = splitIdentities(table, rows);
  return splits.length >= 10 && splits.every((s) => outcomeOf(s) !== 'fails');
}

/** total − Σparts in fen, for a total identity that fails (the figure a shortfall of printed rows leaves). */
function gapOf(i: TotalIdentity): string | null {
  if (i.whole.fen === null || outcomeOf(i) !== 'fails') return null;
  const sum = i.parts.reduce((a, p) => a + (p.fen ?? 0), 0);
  const gap = i.whole.fen - sum;
  return gap === 0 ? null : String(gap);
}

/**
 * In a table whose columns the rows confirm, one total row failing in several columns is one finding (rows
 * left out of the print, each column short by its share of them): one flag naming every column's gap.
 */
function oneFlagPerTotalRow(drafts: FlagDraft[]): FlagDraft[] {
  const out: FlagDraft[] = [];
  const bySubject = new Map<string, FlagDraft>();
  for (const d of drafts) {
    const seen = !d.variant && !d.rule ? bySubject.get(d.subject) : undefined;
    if (!seen) {
      const first = { ...d, evidence: [...d.evidence] };
      if (!d.variant && !d.rule) bySubject.set(d.subject, first);
      out.push(first);
      continue;
    }
    seen.message = seen.message.replace(/。$/, '') + `；同一合计行的另一列（${d.actual ?? ''}，应为${d.expected ?? ''}）也不等于各行之和，是同一处缺漏。`;
    mergeEvidence(seen.evidence, d.evidence);
  }
  return out;
}

export const tableTotalSum = defineRule({
  meta: {
    id: 'table-total-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '表的合计行应等于各类科目之和（只列项级科目时为各项之和；功能科目×经济科目交叉列示的表为各行之和）。',
      en: "A table's total row equals the sum of its top-level coded rows (类, or 项 when only 项 rows are printed; every row of a table cross-classified by function and economic code).",
    },
    message: '{table}的“{row}”{column}（{stated}）不等于各科目之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    const identitiesOf = new Map(facts.tables.map((t) => [t, totalIdentities(t, ctx.rows(t))]));
    // The shortfalls of every table: the same gap, to the fen, in two tables read apart is the document's.
    const gapsOf = new Map(facts.tables.map((t) => [t, new Set(identitiesOf.get(t)!.flatMap((i) => gapOf(i) ?? []))]));
    const elsewhere = (table: BudgetTable, gap: string | null) => gap !== null && facts.tables.some((t) => t !== table && gapsOf.get(t)!.has(gap));
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      const identities = identitiesOf.get(table)!;
      for (const identity of identities) {
        const { crossClassified, top, topCells, measure, totalRow, whole } = identity;
        const column = columnLabel(table, measure);
        const parts = topCells.map((c) => fromAmount(c.item.amount, `${c.row.code} ${column}`));
        const total = fromAmount(whole, `${totalRow.name} ${column}`);
        const sum = sumOf(parts, '');
        // Tables print several totals (本年支出合计, 支出总计): the check passes when one of them agrees.
        if (compare(total, sum) === 'equal') continue;
        const level = crossClassified ? '各行（功能科目×经济科目）' : top.every((r) => r.code!.length === 3) ? '各类' : top.every((r) => r.code!.length === 7) ? '各项' : '各科目';
        // Parts that come to less than half their total are a table read in part (rows on a page the
        // reader lost, a second code scheme taken for the first), not a total that is wrong, unless another
        // table of the document falls short by the same amount to the fen: rows left out of both prints.
        const corroborated = elsewhere(table, gapOf(identity));
        if (sum.fen.abs().lt(total.fen.abs().div(2)) && !corroborated) {
          found.push({
            subject: `${table.title}：${totalRow.name}`,
            variant: 'unresolved',
            message: `${tableLabel(table)}的“${totalRow.name}”${column}为${show(total)}，读到的${level}之和不到它的一半，更可能是表格有行未被读出，无法核对。`,
            expected: null,
            actual: null,
            evidence: total.evidence,
          });
          continue;
        }
        const d = checkSum({
          subject: `${table.title}：${totalRow.name}`,
          totalLabel: `${tableLabel(table)}的“${totalRow.name}”${column}`,
          partsLabel: `${level}（${top.length}行）之和`,
          total,
          parts,
        });
        if (!d) continue;
        if (corroborated && !d.variant && !d.rule) d.message = d.message.replace(/。$/, '') + '；文件中另一张表的合计与其各行之和也正好相差这么多，是两表都少印了这些行。';
        found.push({ ...d, gap: total.fen.minus(sum.fen).toString() } as FlagDraft);
      }
      const drafts = oneFlagPerGap(found);
      out.push(...(columnsConfirmedByRows(table, ctx.rows(table)) ? oneFlagPerTotalRow(drafts) : collapseIfPervasive(drafts, identities.length, table, '合计行与各科目之和')));
    }
    return out;
  },
});
