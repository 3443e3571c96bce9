import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, tableLabel, totalRows, type Row } from '../context.js';
import { fromAmount } from '../quantity.js';
import { checkSum } from '../sums.js';

/** The grand total row of one side: the one printed as 总计, else the last total row. */
function grandTotal(rows: Row[]): Row | undefined {
  return rows.find((r) => r.name.includes('总计')) ?? rows[rows.length - 1];
}

export const incomeExpenditureBalance = defineRule({
  meta: {
    id: 'income-expenditure-balance',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '收支总表中收入总计应等于支出总计。',
      en: 'In a two-sided summary table, total income equals total expenditure.',
    },
    message: '{table}中的收入总计（{income}）不等于支出总计（{expenditure}）。',
  },
  check(_facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of ctx.tablesOf('income_expenditure_summary', 'fiscal_appropriation_summary')) {
      const income = grandTotal(totalRows(ctx, table).filter((r) => r.side === 'income'));
      const spend = grandTotal(totalRows(ctx, table).filter((r) => r.side === 'expenditure'));
      if (!income || !spend) continue;
      const inCell = cellOf(income, 'total') ?? income.items[0];
      const outCell = cellOf(spend, 'total') ?? spend.items[0];
      if (!inCell || !outCell || (inCell.amount.text === null && outCell.amount.text === null)) continue;
      // 收入总计 balances 支出总计, not 本年支出合计 (which leaves out 年终结转结余): when only one side's 总计
      // row was read, the two figures are not meant to be equal.
      if (income.name.includes('总计') !== spend.name.includes('总计')) {
        out.push({
          subject: table.title,
          variant: 'unresolved',
          message: `${tableLabel(table)}中只读到“${income.name}”和“${spend.name}”，两者口径不同（总计含结转结余），无法核对收支是否平衡。`,
          expected: null,
          actual: null,
          evidence: [...fromAmount(inCell.amount, income.name).evidence, ...fromAmount(outCell.amount, spend.name).evidence],
        });
        continue;
      }
      const d = checkSum({
        subject: table.title,
        totalLabel: `${tableLabel(table)}中的“${spend.name}”`,
        partsLabel: `“${income.name}”`,
        total: fromAmount(outCell.amount, spend.name),
        parts: [fromAmount(inCell.amount, income.name)],
      });
      if (d) out.push(d);
    }
    return out;
  },
});
