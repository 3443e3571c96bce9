import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, isFigure, meaningOfClaim } from '../claims.js';
import { evidenceAt } from '../evidence.js';

export const emptyTableUnexplained = defineRule({
  meta: {
    id: 'empty-table-unexplained',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '政府性基金、国有资本经营预算表为空表时，应在表中或情况说明中说明本部门没有此类支出。',
      en: 'An empty government-fund or SOE-capital table comes with a statement that the department has no such money.',
    },
    message: '“{title}”是空表，但表中和情况说明中都没有说明本部门没有这类预算。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of ctx.tablesOf('gov_fund', 'soe_capital')) {
      const blank = table.empty || table.lineItems.every((i) => (i.amount.fen ?? 0) === 0);
      if (!blank || table.explainedEmpty) continue;
      // A table whose figures could not be read is not known to be empty (table-unread says so).
      if (table.readStatus === 'unread') continue;
      const kind = table.kind === 'gov_fund' ? 'gov_fund_total' : 'soe_total';
      const said = facts.claims.some((c) => isFigure(claimMeaning(c), kind) && ((c.amount?.fen ?? null) === 0 || meaningOfClaim(c).statesZero));
      if (said) continue;
      // A file holding only the tables (Beijing's 附件2) has its narrative in another file of the same
      // disclosure, where the explanation usually is: without any narrative here the check cannot be made.
      const tablesOnly = facts.claims.length === 0;
      out.push({
        ...(tablesOnly ? { variant: 'unresolved' as const } : {}),
        subject: table.title,
        message: tablesOnly
          ? `“${table.title}”是空表，表中没有说明；本文件没有情况说明（可能在同一公开的另一文件中），无法核对是否已说明本部门没有${table.kind === 'gov_fund' ? '政府性基金' : '国有资本经营'}预算。`
          : `“${table.title}”是空表，但表中和情况说明中都没有说明本部门没有${table.kind === 'gov_fund' ? '政府性基金' : '国有资本经营'}预算。`,
        expected: '空表附说明',
        actual: '无说明',
        evidence: [evidenceAt(table.place, table.title)],
      });
    }
    return out;
  },
});
