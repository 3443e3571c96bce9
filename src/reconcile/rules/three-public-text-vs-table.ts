import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { compare, fromAmount, matchesAfterTenThousand, show, showDiff, showTol } from '../quantity.js';
import { uniqueEvidence } from '../evidence.js';
import { ITEM_NAMES, PERIOD_NAMES, tableThreePublic } from '../three-public.js';

export const threePublicTextVsTable = defineRule({
  meta: {
    id: 'three-public-text-vs-table',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '“三公”经费说明中的各项金额应与“三公”经费表一致。',
      en: 'Each 三公 figure stated in the narrative equals the 三公 table.',
    },
    message: '“三公”经费说明中的{item}（{stated}）与“三公”经费表（{table}）不一致。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const f of facts.threePublic) {
      if (f.source !== 'narrative' || f.amount.text === null) continue;
      const t = tableThreePublic(facts, f.item, f.period);
      if (!t) continue;
      const n = fromAmount(f.amount, f.text);
      const v = compare(t, n);
      if (v === 'equal' || matchesAfterTenThousand(n, t)) continue;
      const period = f.period === 'budget' || f.period === 'final' ? '' : `${PERIOD_NAMES[f.period]}的`;
      const said = `“三公”经费说明中${period}${ITEM_NAMES[f.item]}（${show(n)}）与“三公”经费表（${show(t)}）`;
      out.push({
        subject: `${ITEM_NAMES[f.item]}（${PERIOD_NAMES[f.period]}）`,
        expected: show(t),
        actual: show(n),
        evidence: uniqueEvidence([...n.evidence, ...t.evidence]),
        ...(v === 'rounding'
          ? { variant: 'rounding' as const, message: `${said}相差${showDiff(t, n)}，在四舍五入误差（±${showTol(t, n)}）以内。` }
          : { message: `${said}不一致。` }),
      });
    }
    return out;
  },
});
