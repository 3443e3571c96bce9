import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, claimQuantity, claimSubject, isLevel, namesItsFigure, tableFigures } from '../claims.js';
import { compare, fromAmount, matchesAfterTenThousand, show } from '../quantity.js';
import { uniqueEvidence } from '../evidence.js';
import { ITEM_NAMES, tableThreePublic } from '../three-public.js';

export const unitConfusion = defineRule({
  meta: {
    id: 'unit-confusion',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '说明中的数字只有乘以或除以一万后才与表中数字相符，疑似把“元”写成了“万元”（或相反）。',
      en: 'A narrative figure matches its table counterpart only after x10,000: 元 written as 万元 or the reverse.',
    },
    message: '情况说明中的{subject}写作{stated}，表中为{table}，两者相差一万倍，疑似把“元”和“万元”混用。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    const push = (subject: string, stated: ReturnType<typeof fromAmount>, table: ReturnType<typeof fromAmount>, where: string) =>
      out.push({
        subject,
        message: `情况说明中的${subject}写作${show(stated)}，${where}为${show(table)}，数值相差一万倍，疑似把“元”和“万元”混用。`,
        expected: show(table),
        actual: show(stated),
        evidence: uniqueEvidence([...stated.evidence, ...table.evidence]),
      });
    for (const c of facts.claims) {
      if (!isLevel(c)) continue;
      const meaning = claimMeaning(c);
      const cq = claimQuantity(c, c.text);
      if (!meaning || meaning.subject === 'named' || !cq || !namesItsFigure(facts, c)) continue;
      const figs = tableFigures(facts, ctx, meaning);
      if (!figs.length || figs.some((f) => compare(cq, f.q) !== 'mismatch')) continue;
      const fig = figs.find((f) => matchesAfterTenThousand(cq, f.q));
      if (fig) push(claimSubject(c, meaning), cq, fig.q, fig.where);
    }
    for (const f of facts.threePublic) {
      if (f.source !== 'narrative' || f.amount.text === null) continue;
      const t = tableThreePublic(facts, f.item, f.period);
      const n = fromAmount(f.amount, f.text);
      if (t && compare(t, n) === 'mismatch' && matchesAfterTenThousand(n, t)) push(ITEM_NAMES[f.item], n, t, '“三公”经费表');
    }
    return out;
  },
});
