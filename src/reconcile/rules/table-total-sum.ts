import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, columnLabel, measuresOf, periodsOf, tableLabel, totalRows } from '../context.js';
import { codedRows, topLevel } from '../codes.js';
import { compare, fromAmount, sumOf } from '../quantity.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

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
      if (!coded.length) continue;
      // One classification per check: function rows if the table prints them, else economic rows.
      const cls = coded.some((r) => r.classification === 'function') ? 'function' : 'economic';
      for (const side of [...new Set(coded.map((r) => r.side))]) {
        const top = topLevel(coded.filter((r) => r.classification === cls && r.side === side));
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
            const level = top.every((r) => r.code!.length === 3) ? '各类' : top.every((r) => r.code!.length === 7) ? '各项' : '各科目';
            const d = checkSum({
              subject: `${table.title}：${best.row.name}`,
              totalLabel: `${tableLabel(table)}的“${best.row.name}”${columnLabel(table, measure)}`,
              partsLabel: `${level}（${top.length}行）之和`,
              total: best.q,
              parts,
            });
            if (d) found.push(d);
          }
        }
      }
      out.push(...collapseIfPervasive(found, checked, table, '合计行与各科目之和'));
    }
    return out;
  },
});
