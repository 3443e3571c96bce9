import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, columnLabel, measuresOf, periodsOf, rowLabel, type Row } from '../context.js';
import { codedRows } from '../codes.js';
import { fromAmount } from '../quantity.js';
import { gpbOnly } from '../scope.js';
import { checkPair } from '../sums.js';
import type { BudgetTable } from '../../model/index.js';

export const codeAmountConflict = defineRule({
  meta: {
    id: 'code-amount-conflict',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '同一科目在两张表中的同一列金额应一致（部门支出总表与一般公共预算支出表在只有一般公共预算资金时逐格一致，否则后者不超过前者；财政拨款收支总表的一般公共预算列与一般公共预算支出表一致）。',
      en: 'The same code has the same amount in the same column of two tables (summary vs general-budget table: equal when all money is general-budget, otherwise not above).',
    },
    message: '科目“{row}”的{column}在{a}中为{x}，在{b}中为{y}。',
  },
  check(_facts, ctx) {
    const out: FlagDraft[] = [];
    const only = gpbOnly(ctx);
    const pairs: { a: BudgetTable; b: BudgetTable; relation: 'eq' | 'ge'; measureB?: (m: string) => string }[] = [];
    // Only when each kind is printed once: documents with a table per subordinate unit cannot be paired.
    const [summary, gpb, fiscal] = (['expenditure_summary', 'gpb_expenditure', 'fiscal_appropriation_summary'] as const).map((k) => ctx.tablesOf(k));
    if (only !== null && summary.length === 1 && gpb.length === 1) pairs.push({ a: summary[0], b: gpb[0], relation: only ? 'eq' : 'ge' });
    if (fiscal.length === 1 && gpb.length === 1) pairs.push({ a: fiscal[0], b: gpb[0], relation: 'eq', measureB: (m) => (m === 'gpb' ? 'total' : '') });

    for (const { a, b, relation, measureB } of pairs) {
      // A table listing several units (codes printed once per unit) has no single row per code to pair.
      if ([a, b].some((t) => ctx.rows(t).some((r) => r.block > 0))) continue;
      const rowsB = new Map<string, Row>();
      for (const r of codedRows(ctx.rows(b))) rowsB.set(`${r.classification}|${r.code}`, r);
      const measuresB = measuresOf(b);
      for (const ra of codedRows(ctx.rows(a))) {
        const rb = rowsB.get(`${ra.classification}|${ra.code}`);
        if (!rb) continue;
        for (const measure of measuresOf(a)) {
          const mb = measureB ? measureB(measure) : measure;
          if (!mb || !measuresB.has(mb)) continue;
          for (const period of periodsOf(a)) {
            const ca = cellOf(ra, measure, period);
            const cb = cellOf(rb, mb, period);
            if (!ca || !cb) continue;
            const column = columnLabel(a, measure);
            const d = checkPair({
              subject: rowLabel(ra),
              what: `科目“${rowLabel(ra)}”的${column}`,
              aLabel: `在“${a.title}”中`,
              bLabel: `在“${b.title}”中`,
              a: fromAmount(ca.amount, `${rowLabel(ra)} ${column}（${a.title}）`),
              b: fromAmount(cb.amount, `${rowLabel(rb)} ${columnLabel(b, mb)}（${b.title}）`),
              relation,
            });
            if (d) out.push(d);
          }
        }
      }
    }
    return out;
  },
});
