import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { columnLabel, rowLabel, tableLabel } from '../context.js';
import type { Row } from '../context.js';
import { hierarchyIdentities, placedByIndent } from '../identities.js';
import { fromAmount, show } from '../quantity.js';
import { checkSum, collapseIfPervasive } from '../sums.js';

export const codeHierarchySum = defineRule({
  meta: {
    id: 'code-hierarchy-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '类的金额应等于其下各款之和，款的金额应等于其下各项之和（功能分类和经济分类）；交叉列示的表中，功能科目行等于其下各经济分类行之和。',
      en: 'A 类 row equals the sum of its 款 rows and a 款 row the sum of its 项 rows (function and economic codes); in a cross-classified table, a function code row the sum of its economic rows.',
    },
    message: '{table}中“{row}”的{column}（{stated}）不等于其下各级科目之和（{sum}）。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      const found: FlagDraft[] = [];
      const rows = ctx.rows(table);
      const identities = hierarchyIdentities(table, rows);
      for (const { crossClassified, parent, children: kids, measure, cell, childCells } of identities) {
        const column = columnLabel(table, measure);
        // Children that are all zero or blank under a non-zero parent are not its parts as read (a table of
        // 类 only, a stray row from another table): nothing confidently contradicts the parent.
        if (childCells.every((c) => !c.item.amount.fen) && cell.amount.fen) {
          found.push({
            subject: `${table.title}：${rowLabel(parent)}`,
            variant: 'unresolved',
            message: `${tableLabel(table)}中“${rowLabel(parent)}”的${column}为${show(fromAmount(cell.amount, rowLabel(parent)))}，其下读到的科目都是空白或0，更可能不是它的下级科目，无法核对。`,
            expected: null,
            actual: null,
            evidence: fromAmount(cell.amount, rowLabel(parent)).evidence,
          });
          continue;
        }
        const d = checkSum({
          subject: `${table.title}：${rowLabel(parent)}`,
          totalLabel: `${tableLabel(table)}中“${rowLabel(parent)}”的${column}`,
          // A function code of a cross-classified table: its rows per economic code.
          partsLabel: crossClassified
            ? `其下${kids.length}个经济分类行（${kids.map((k) => k.items[0]?.economicCode ?? k.govEconomicCode ?? '').join('、')}）之和`
            : `其下${kids.length}个科目（${kids.map((k) => k.code ?? k.name).join('、')}）之和`,
          total: fromAmount(cell.amount, `${rowLabel(parent)} ${column}`),
          parts: childCells.map((c) => fromAmount(c.item.amount, `${rowLabel(c.row)} ${column}`)),
        });
        if (!d) continue;
        // A row printed under the parent whose code could not be read may be the missing part (a 款 named
        // like its only 项 in a names-only table): the sum is then unresolved, not wrong.
        // Uncoded rows printed at the coded children's indentation are parts already; deeper ones are their 项.
        const codedKids = kids.filter((k) => k.code);
        const placed = kids.length > codedKids.length;
        const uncoded = uncodedRowsUnder(parent, rows).filter((r) => !(placed && placedByIndent(r, codedKids)));
        if (uncoded.length && d.variant !== 'rounding') {
          found.push({
            ...d,
            variant: 'unresolved',
            message: `${tableLabel(table)}中“${rowLabel(parent)}”的${column}与其下科目之和不符，但其下有${uncoded.length}行未读出编码（如“${uncoded[0].name}”），无法核对。`,
            expected: null,
            actual: null,
          });
          continue;
        }
        found.push(d);
      }
      out.push(...collapseIfPervasive(found, identities.length, table, '上级科目与下级科目之和'));
    }
    return out;
  },
});

/** Item rows with figures but no code printed after `parent` and before the next row outside its code. */
function uncodedRowsUnder(parent: Row, rows: readonly Row[]): Row[] {
  const start = rows.indexOf(parent);
  const own = parent.items.find((i) => i.indent !== undefined)?.indent;
  const out: Row[] = [];
  for (const r of rows.slice(start + 1)) {
    if (r.code) {
      if (r.code.length <= parent.code!.length || !r.code.startsWith(parent.code!)) break;
      continue;
    }
    if (r.rowKind === 'total') break;
    // A row printed at the parent's own indentation or left of it is not under it (the next 款 of a names-only 类).
    const x = r.items.find((i) => i.indent !== undefined)?.indent;
    if (x !== undefined && own !== undefined && r.side === parent.side && x <= own + 3) break;
    if (r.rowKind === 'item' && r.side === parent.side && r.items.some((i) => i.amount.text !== null)) out.push(r);
  }
  return out;
}
