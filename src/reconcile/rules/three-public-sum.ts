import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { fromAmount } from '../quantity.js';
import { checkSum } from '../sums.js';
import { threePublicIdentities } from '../identities.js';
import { ITEM_NAMES, PERIOD_NAMES, sourceName, threePublicGroups } from '../three-public.js';
import type { ThreePublicFigure, ThreePublicItem } from '../../model/index.js';
import { listZh } from '../format.js';

export const threePublicSum = defineRule({
  meta: {
    id: 'three-public-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '“三公”经费合计应等于因公出国（境）费、公务接待费与公务用车购置及运行费之和，公务用车购置及运行费应等于购置费与运行费之和。',
      en: 'The 三公 total equals outbound travel + reception + vehicles, and vehicles equal purchase + operation.',
    },
    message: '{source}中{period}的{item}（{stated}）不等于{parts}之和（{sum}）。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const g of threePublicGroups(facts)) {
      const where = `${sourceName(g.source)}中${PERIOD_NAMES[g.period]}的`;
      const q = (item: ThreePublicItem, f: ThreePublicFigure) => fromAmount(f.amount, `${ITEM_NAMES[item]}（${f.text}）`);
      for (const identity of threePublicIdentities(g.items)) {
        const { item, figure, partFigures } = identity;
        // The narrative states the purchase only when there is one: with one part read, the other may be a
        // part the sentence's brackets hid from the reader, so a gap is not an error.
        if (item === 'vehicle_total' && g.source === 'narrative' && partFigures.length === 1) {
          const part = partFigures[0];
          if (figure.amount.fen !== part.figure.amount.fen) {
            out.push({
              subject: `“三公”经费（${PERIOD_NAMES[g.period]}）`,
              variant: 'unresolved',
              message: `${where}公务用车购置及运行费与${ITEM_NAMES[part.item]}不同，但说明中只读到这一项，无法核对两项之和。`,
              expected: null,
              actual: null,
              evidence: [...q('vehicle_total', figure).evidence, ...q(part.item, part.figure).evidence],
            });
          }
          continue;
        }
        const d = checkSum({
          subject: `“三公”经费（${PERIOD_NAMES[g.period]}）`,
          totalLabel: `${where}${ITEM_NAMES[item]}`,
          partsLabel: `${listZh(partFigures.map((p) => ITEM_NAMES[p.item]))}之和`,
          total: q(item, figure),
          parts: partFigures.map((p) => q(p.item, p.figure)),
        });
        if (d) out.push(d);
      }
    }
    return out;
  },
});
