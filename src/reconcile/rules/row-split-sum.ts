import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, columnLabel, measuresOf, periodsOf, rowLabel, tableLabel } from '../context.js';
import { listZh } from '../format.js';
import { fromAmount } from '../quantity.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

/** Column splits a row must satisfy: parent = Σ children, where the table prints all of them. */
export const SPLITS: readonly { parent: string; children: readonly string[] }[] = [
  { parent: 'total', children: ['basic', 'project'] },
  { parent: 'basic', children: ['wages', 'goods_services', 'household_transfers'] },
  { parent: 'basic', children: ['wages', 'goods_services', 'household_transfers', 'capital'] },
  { parent: 'basic', children: ['personnel', 'public_funds'] },
  { parent: 'project', children: ['project_general', 'project_special', 'project_other'] },
  { parent: 'total', children: ['gpb', 'gov_fund', 'soe'] },
  { parent: 'fiscal_appropriation', children: ['gpb', 'gov_fund', 'soe'] },
];

/**
 * Money from other sources: where a table prints one of these columns, its 合计 is more than the three
 * appropriations (收入总表: 上年结转, 事业收入, 其他收入 ...), so total = gpb + fund + SOE does not hold.
 */
const OTHER_SOURCES = /^(carryover.*|current_income|special_account_funds|unit_funds|business_income|operating_income|superior_subsidy|affiliate_income|other_income|admin_fees|special_revenue|state_asset_income|housing_fund|fiscal_appropriation)$/;

function splitHolds(split: (typeof SPLITS)[number], measures: ReadonlySet<string>): boolean {
  if (split.parent !== 'total' || !split.children.includes('gpb')) return true;
  return ![...measures].some((m) => OTHER_SOURCES.test(m));
}

export const rowSplitSum = defineRule({
  meta: {
    id: 'row-split-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '每一行的合计应等于基本支出加项目支出，基本支出、项目支出等应等于其细分列之和。',
      en: "Each row's total equals basic plus project expenditure, and each of those equals the sum of its finer columns.",
    },
    message: '{table}中“{row}”行的{parent}（{stated}）不等于{children}之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      let checked = 0;
      const measures = measuresOf(table);
      // The widest split a table prints wins: basic = wages + goods + household (+ capital when printed).
      const splits = SPLITS.filter((s) => measures.has(s.parent) && s.children.every((c) => measures.has(c)) && splitHolds(s, measures)).filter(
        (s, _, all) => !all.some((o) => o !== s && o.parent === s.parent && o.children.length > s.children.length && s.children.every((c) => o.children.includes(c))),
      );
      if (!splits.length) continue;
      // Income rows carry no expenditure split; cells there are misread columns of a two-sided table.
      for (const row of ctx.rows(table).filter((r) => r.side !== 'income')) {
        for (const period of periodsOf(table)) {
          for (const split of splits) {
            const parent = cellOf(row, split.parent, period);
            if (!parent) continue;
            const kids = split.children.map((m) => cellOf(row, m, period));
            // A row that prints none of the split's columns (the income side of a two-sided table) has no split.
            if (kids.every((k) => k === undefined)) continue;
            if (parent.amount.text === null && kids.every((k) => !k || k.amount.text === null)) continue;
            const names = split.children.map((m) => columnLabel(table, m));
            const d = checkSum({
              subject: `${table.title}：${rowLabel(row)}`,
              totalLabel: `${tableLabel(table)}中“${rowLabel(row)}”行的${columnLabel(table, split.parent)}`,
              partsLabel: `${listZh(names)}之和`,
              total: fromAmount(parent.amount, `${rowLabel(row)} ${columnLabel(table, split.parent)}`),
              parts: kids.flatMap((k, i) => (k ? [fromAmount(k.amount, `${rowLabel(row)} ${names[i]}`)] : [])),
            });
            checked++;
            if (!d) continue;
            const missing = split.children.filter((_, i) => !kids[i]);
            if (missing.length && !d.variant && !d.rule) {
              // The row lacks some of the split's columns: the columns, not the document, may be at fault.
              found.push({
                ...d,
                variant: 'unresolved',
                message: `${d.message.replace(/。$/, '')}；但该行没有${listZh(missing.map((m) => columnLabel(table, m)))}列，无法确定列是否读对，未作判断。`,
              });
            } else found.push(d);
          }
        }
      }
      out.push(...collapseIfPervasive(found, checked, table, '合计与分项之和'));
    }
    return out;
  },
});
