import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { columnLabel } from '../context.js';
import { compare, fromAmount } from '../quantity.js';
import { gpbOnly, totalCells } from '../scope.js';
import { checkPair } from '../sums.js';
import type { TableKind } from '../../model/index.js';

interface Link {
  a: [TableKind, string, ('income' | 'expenditure')?];
  b: [TableKind, string, ('income' | 'expenditure')?];
  relation: 'eq' | 'ge';
}

export const crossTableTotals = defineRule({
  meta: {
    id: 'cross-table-totals',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '各表之间的总数应相互衔接：收支总表与收入表、支出表，财政拨款收支总表与一般公共预算、政府性基金、国有资本经营预算表，基本支出与经济分类表。',
      en: 'Totals agree across tables: summary vs income and expenditure tables, fiscal appropriation summary vs general-budget, fund and SOE tables, basic expenditure vs the economic table.',
    },
    message: '{a}的{column}合计（{x}）与{b}的合计（{y}）不一致。',
  },
  check(_facts, ctx) {
    const only = gpbOnly(ctx);
    const links: Link[] = [
      { a: ['income_expenditure_summary', 'total', 'expenditure'], b: ['expenditure_summary', 'total'], relation: 'eq' },
      { a: ['income_expenditure_summary', 'total', 'income'], b: ['income_summary', 'total'], relation: 'eq' },
      { a: ['fiscal_appropriation_summary', 'gpb', 'expenditure'], b: ['gpb_expenditure', 'total'], relation: 'eq' },
      { a: ['fiscal_appropriation_summary', 'gov_fund', 'expenditure'], b: ['gov_fund', 'total'], relation: 'eq' },
      { a: ['fiscal_appropriation_summary', 'soe', 'expenditure'], b: ['soe_capital', 'total'], relation: 'eq' },
      { a: ['gpb_expenditure', 'basic'], b: ['gpb_basic_by_economic', 'total'], relation: 'eq' },
    ];
    if (only !== null) {
      for (const m of ['total', 'basic', 'project']) links.push({ a: ['expenditure_summary', m], b: ['gpb_expenditure', m], relation: only ? 'eq' : 'ge' });
    }
    const out: FlagDraft[] = [];
    for (const { a, b, relation } of links) {
      const [as, bs] = [ctx.tablesOf(a[0]), ctx.tablesOf(b[0])];
      // A document with one table per subordinate unit cannot be paired table to table.
      if (as.length !== 1 || bs.length !== 1) continue;
      for (const ta of as) {
        for (const tb of bs) {
          const xs = totalCells(ctx, ta, a[1], a[2]).filter((c) => c.amount.text !== null);
          const ys = totalCells(ctx, tb, b[1], b[2]).filter((c) => c.amount.text !== null);
          if (!xs.length || !ys.length) continue;
          const qa = xs.map((c) => fromAmount(c.amount, `${c.name} ${columnLabel(ta, a[1])}（${ta.title}）`));
          const qb = ys.map((c) => fromAmount(c.amount, `${c.name} ${columnLabel(tb, b[1])}（${tb.title}）`));
          // Several totals per table (本年合计, 总计): the link holds when any pair agrees.
          if (qa.some((x) => qb.some((y) => compare(x, y) === 'equal' || (relation === 'ge' && x.fen.gte(y.fen))))) continue;
          const d = checkPair({
            subject: `${ta.title} / ${tb.title}`,
            what: `${columnLabel(ta, a[1])}合计`,
            aLabel: `在“${ta.title}”中`,
            bLabel: `在“${tb.title}”中`,
            a: qa[0],
            b: qb[0],
            relation,
          });
          if (d) out.push(d);
        }
      }
    }
    return out;
  },
});
