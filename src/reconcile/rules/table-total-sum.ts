import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { columnLabel, tableLabel } from '../context.js';
import { totalIdentities } from '../identities.js';
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
      zh: '表的合计行应等于各类科目之和（只列项级科目时为各项之和；功能科目×经济科目交叉列示的表为各行之和）。',
      en: "A table's total row equals the sum of its top-level coded rows (类, or 项 when only 项 rows are printed; every row of a table cross-classified by function and economic code).",
    },
    message: '{table}的“{row}”{column}（{stated}）不等于各科目之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      const identities = totalIdentities(table, ctx.rows(table));
      for (const { name, top, topCells, measure, totalRow, whole } of identities) {
        const column = columnLabel(table, measure);
        const parts = topCells.map((c) => fromAmount(c.item.amount, `${c.row.code} ${column}`));
        const total = fromAmount(whole, `${totalRow.name} ${column}`);
        const sum = sumOf(parts, '');
        // Tables print several totals (本年支出合计, 支出总计): the check passes when one of them agrees.
        if (compare(total, sum) === 'equal') continue;
        const level = name === '合计 = Σ明细' ? '各行（功能科目×经济科目）' : top.every((r) => r.code!.length === 3) ? '各类' : top.every((r) => r.code!.length === 7) ? '各项' : '各科目';
        // Parts that come to less than half their total are a table read in part (rows on a page the
        // reader lost, a second code scheme taken for the first), not a total that is wrong.
        if (sum.fen.abs().lt(total.fen.abs().div(2))) {
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
        if (d) found.push({ ...d, gap: total.fen.minus(sum.fen).toString() } as FlagDraft);
      }
      out.push(...collapseIfPervasive(oneFlagPerGap(found), identities.length, table, '合计行与各科目之和'));
    }
    return out;
  },
});
