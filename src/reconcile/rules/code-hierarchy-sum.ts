import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { cellOf, columnLabel, measuresOf, periodsOf, rowLabel, tableLabel } from '../context.js';
import { childrenOf, codedRows } from '../codes.js';
import { fromAmount } from '../quantity.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

export const codeHierarchySum = defineRule({
  meta: {
    id: 'code-hierarchy-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '类的金额应等于其下各款之和，款的金额应等于其下各项之和（功能分类和经济分类）。',
      en: 'A 类 row equals the sum of its 款 rows and a 款 row the sum of its 项 rows (function and economic codes).',
    },
    message: '{table}中“{row}”的{column}（{stated}）不等于其下各级科目之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      let checked = 0;
      const coded = codedRows(ctx.rows(table));
      for (const parent of coded) {
        const kids = childrenOf(parent.code!, coded.filter((r) => r.classification === parent.classification && r.side === parent.side), parent.block);
        if (!kids.length) continue;
        for (const period of periodsOf(table)) {
          for (const measure of measuresOf(table)) {
            const cell = cellOf(parent, measure, period);
            if (!cell) continue;
            const parts = kids.flatMap((k) => {
              const c = cellOf(k, measure, period);
              return c ? [fromAmount(c.amount, `${rowLabel(k)} ${columnLabel(table, measure)}`)] : [];
            });
            if (cell.amount.text === null && parts.every((p) => p.fen.isZero())) continue;
            const column = columnLabel(table, measure);
            const d = checkSum({
              subject: `${table.title}：${rowLabel(parent)}`,
              totalLabel: `${tableLabel(table)}中“${rowLabel(parent)}”的${column}`,
              partsLabel: `其下${kids.length}个科目（${kids.map((k) => k.code).join('、')}）之和`,
              total: fromAmount(cell.amount, `${rowLabel(parent)} ${column}`),
              parts,
            });
            checked++;
            if (d) found.push(d);
          }
        }
      }
      out.push(...collapseIfPervasive(found, checked, table, '上级科目与下级科目之和'));
    }
    return out;
  },
});
