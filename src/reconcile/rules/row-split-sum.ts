import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { columnLabel, rowLabel, tableLabel } from '../context.js';
import { splitIdentities } from '../identities.js';
import { listZh } from '../format.js';
import { fromAmount } from '../quantity.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

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
      const identities = splitIdentities(table, ctx.rows(table));
      for (const { split, row, cell, childCells } of identities) {
        const names = childCells.map((c) => columnLabel(table, c.measure));
        const d = checkSum({
          subject: `${table.title}：${rowLabel(row)}`,
          totalLabel: `${tableLabel(table)}中“${rowLabel(row)}”行的${columnLabel(table, split.parent)}`,
          partsLabel: `${listZh(names)}之和`,
          total: fromAmount(cell.amount, `${rowLabel(row)} ${columnLabel(table, split.parent)}`),
          parts: childCells.flatMap((c, i) => (c.item ? [fromAmount(c.item.amount, `${rowLabel(row)} ${names[i]}`)] : [])),
        });
        if (!d) continue;
        const missing = childCells.filter((c) => !c.item).map((c) => c.measure);
        if (missing.length && !d.variant && !d.rule) {
          // The row lacks some of the split's columns: the columns, not the document, may be at fault.
          found.push({
            ...d,
            variant: 'unresolved',
            message: `${d.message.replace(/。$/, '')}；但该行没有${listZh(missing.map((m) => columnLabel(table, m)))}列，无法确定列是否读对，未作判断。`,
          });
        } else found.push(d);
      }
      out.push(...collapseIfPervasive(found, identities.length, table, '合计与分项之和'));
    }
    return out;
  },
});
