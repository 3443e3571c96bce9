import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { tableLabel } from '../context.js';
import { balanceIdentity } from '../identities.js';
import { fromAmount } from '../quantity.js';
import { checkSum } from '../sums.js';

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
      const b = balanceIdentity(table, ctx.rows(table));
      if (!b) continue;
      const { income, expenditure: spend } = b;
      // 收入总计 balances 支出总计, not 本年支出合计 (which leaves out 年终结转结余): when only one side's 总计
      // row was read, the two figures are not meant to be equal.
      if (!b.sameScope) {
        out.push({
          subject: table.title,
          variant: 'unresolved',
          message: `${tableLabel(table)}中只读到“${income.name}”和“${spend.name}”，两者口径不同（总计含结转结余），无法核对收支是否平衡。`,
          expected: null,
          actual: null,
          evidence: [...fromAmount(b.parts[0], income.name).evidence, ...fromAmount(b.whole, spend.name).evidence],
        });
        continue;
      }
      const d = checkSum({
        subject: table.title,
        totalLabel: `${tableLabel(table)}中的“${spend.name}”`,
        partsLabel: `“${income.name}”`,
        total: fromAmount(b.whole, spend.name),
        parts: [fromAmount(b.parts[0], income.name)],
      });
      if (d) out.push(d);
    }
    return out;
  },
});
