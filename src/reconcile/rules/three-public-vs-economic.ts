import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, rowLabel } from '../context.js';
import { codedRows } from '../codes.js';
import { fromAmount } from '../quantity.js';
import { checkPair } from '../sums.js';
import { ITEM_NAMES, PERIOD_NAMES } from '../three-public.js';
import type { ThreePublicItem } from '../../model/index.js';

/** Economic lines that belong to a 三公 item: the basic-expenditure line cannot exceed the 三公 figure. */
const LINES: Partial<Record<ThreePublicItem, string>> = {
  reception: '30217',
  vehicle_operation: '30231',
  vehicle_purchase: '31013',
};

export const threePublicVsEconomic = defineRule({
  meta: {
    id: 'three-public-vs-economic',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '基本支出经济分类中的公务接待费（30217）、公务用车运行维护费（30231）、公务用车购置（31013）不应超过“三公”经费表中的相应金额。',
      en: 'The economic lines 30217 reception, 30231 vehicle operation and 31013 vehicle purchase do not exceed the matching 三公 figures.',
    },
    message: '经济分类“{row}”（{x}）超过了“三公”经费表中的{item}（{y}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    const period = facts.meta.docType === 'final_accounts' ? 'final' : 'budget';
    for (const table of ctx.tablesOf('gpb_basic_by_economic')) {
      const rows = codedRows(ctx.rows(table)).filter((r) => r.classification === 'economic');
      for (const [item, code] of Object.entries(LINES) as [ThreePublicItem, string][]) {
        const fig = facts.threePublic.find((f) => f.source === 'table' && f.item === item && f.period === period);
        const row = rows.find((r) => r.code === code);
        const cell = row && (cellOf(row, 'total') ?? cellOf(row, 'total', period) ?? row.items[0]);
        if (!fig || !row || !cell || cell.amount.text === null) continue;
        const d = checkPair({
          subject: rowLabel(row),
          what: `${ITEM_NAMES[item]}（${PERIOD_NAMES[period]}）`,
          aLabel: '在“三公”经费表中',
          bLabel: `在“${table.title}”的经济分类“${rowLabel(row)}”中`,
          a: fromAmount(fig.amount, `${ITEM_NAMES[item]}（“三公”经费表）`),
          b: fromAmount(cell.amount, `${rowLabel(row)}（${table.title}）`),
          relation: 'ge',
        });
        if (d) out.push(d);
      }
    }
    return out;
  },
});
