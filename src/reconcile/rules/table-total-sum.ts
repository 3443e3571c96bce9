import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, columnLabel, measuresOf, periodsOf, tableLabel, totalRows } from '../context.js';
import { codedRows, crossClassifiedRows, topLevel } from '../codes.js';
import { compare, fromAmount, show, sumOf } from '../quantity.js';
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
    for (const e of d.evidence) if (!seen.evidence.some((x) => JSON.stringify(x) === JSON.stringify(e))) seen.evidence.push(e);
  }
  return out;
}

export const tableTotalSum = defineRule({
  meta: {
    id: 'table-total-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '表的合计行应等于各类科目之和（只列项级科目时为各项之和）。',
      en: "A table's total row equals the sum of its top-level coded rows (类, or 项 when only 项 rows are printed).",
    },
    message: '{table}的“{row}”{column}（{stated}）不等于各科目之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      let checked = 0;
      const coded = codedRows(ctx.rows(table));
      // A cross-classified table printing no function rows of its own: its total is the sum of all its rows.
      const cross = coded.some((r) => r.classification === 'function') ? [] : crossClassifiedRows(ctx.rows(table));
      if (!coded.length && !cross.length) continue;
      // One classification per check: function rows if the table prints them, else economic rows.
      const cls = coded.some((r) => r.classification === 'function') ? 'function' : 'economic';
      for (const side of [...new Set((cross.length ? cross : coded).map((r) => r.side))]) {
        const top = cross.length ? cross.filter((r) => r.side === side) : topLevel(coded.filter((r) => r.classification === cls && r.side === side));
        const totals = totalRows(ctx, table, side);
        if (!top.length || !totals.length) continue;
        for (const period of periodsOf(table)) {
          for (const measure of measuresOf(table)) {
            const parts = top.flatMap((r) => {
              const c = cellOf(r, measure, period);
              return c ? [fromAmount(c.amount, `${r.code} ${columnLabel(table, measure)}`)] : [];
            });
            if (!parts.length) continue;
            const sum = sumOf(parts, '');
            const candidates = totals.flatMap((t) => {
              const c = cellOf(t, measure, period);
              return c && c.amount.text !== null ? [{ row: t, q: fromAmount(c.amount, `${t.name} ${columnLabel(table, measure)}`) }] : [];
            });
            // Tables print several totals (本年支出合计, 支出总计): the check passes when one of them agrees.
            if (!candidates.length) continue;
            checked++;
            if (candidates.some((c) => compare(c.q, sum) === 'equal')) continue;
            const best = candidates.find((c) => compare(c.q, sum) === 'rounding') ?? candidates[0];
            const level = cross.length ? '各行（功能科目×经济科目）' : top.every((r) => r.code!.length === 3) ? '各类' : top.every((r) => r.code!.length === 7) ? '各项' : '各科目';
            // Parts that come to less than half their total are a table read in part (rows on a page the
            // reader lost, a second code scheme taken for the first), not a total that is wrong.
            if (sum.fen.abs().lt(best.q.fen.abs().div(2))) {
              found.push({
                subject: `${table.title}：${best.row.name}`,
                variant: 'unresolved',
                message: `${tableLabel(table)}的“${best.row.name}”${columnLabel(table, measure)}为${show(best.q)}，读到的${level}之和不到它的一半，更可能是表格有行未被读出，无法核对。`,
                expected: null,
                actual: null,
                evidence: best.q.evidence,
              });
              continue;
            }
            const d = checkSum({
              subject: `${table.title}：${best.row.name}`,
              totalLabel: `${tableLabel(table)}的“${best.row.name}”${columnLabel(table, measure)}`,
              partsLabel: `${level}（${top.length}行）之和`,
              total: best.q,
              parts,
            });
            if (d) found.push({ ...d, gap: best.q.fen.minus(sum.fen).toString() } as FlagDraft);
          }
        }
      }
      out.push(...collapseIfPervasive(oneFlagPerGap(found), checked, table, '合计行与各科目之和'));
    }
    return out;
  },
});
