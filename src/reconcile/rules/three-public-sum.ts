import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { fromAmount } from '../quantity.js';
import { checkSum } from '../sums.js';
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
      const sum = (item: ThreePublicItem, parts: ThreePublicItem[]) => {
        const total = g.items[item];
        const figs = parts.flatMap((p) => (g.items[p] ? [[p, g.items[p]!] as const] : []));
        if (!total || figs.length !== parts.length) return;
        const d = checkSum({
          subject: `“三公”经费（${PERIOD_NAMES[g.period]}）`,
          totalLabel: `${where}${ITEM_NAMES[item]}`,
          partsLabel: `${listZh(parts.map((p) => ITEM_NAMES[p]))}之和`,
          total: q(item, total),
          parts: figs.map(([p, f]) => q(p, f)),
        });
        if (d) out.push(d);
      };
      // A 小计 printed blank over printed parts is its own finding (below), not a second one in the total.
      const vehicleBlank = g.items.vehicle_total?.amount.text === null && (g.items.vehicle_purchase || g.items.vehicle_operation);
      const vehicle: ThreePublicItem[] = g.items.vehicle_total && !vehicleBlank ? ['vehicle_total'] : ['vehicle_purchase', 'vehicle_operation'];
      sum('total', ['outbound', 'reception', ...vehicle]);
      if (g.items.vehicle_total && (g.items.vehicle_purchase || g.items.vehicle_operation)) {
        const kids = (['vehicle_purchase', 'vehicle_operation'] as const).filter((k) => g.items[k]);
        // The narrative states the purchase only when there is one: with one part read, the other may be a
        // part the sentence's brackets hid from the reader, so a gap is not an error.
        if (g.source === 'narrative' && kids.length === 1) {
          const total = g.items.vehicle_total!;
          const part = g.items[kids[0]]!;
          if (total.amount.fen !== part.amount.fen) {
            out.push({
              subject: `“三公”经费（${PERIOD_NAMES[g.period]}）`,
              variant: 'unresolved',
              message: `${where}公务用车购置及运行费与${ITEM_NAMES[kids[0]]}不同，但说明中只读到这一项，无法核对两项之和。`,
              expected: null,
              actual: null,
              evidence: [...q('vehicle_total', total).evidence, ...q(kids[0], part).evidence],
            });
          }
        } else sum('vehicle_total', [...kids]);
      }
    }
    return out;
  },
});
