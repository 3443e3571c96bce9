import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, claimSubject, meaningOfClaim, tableFigures } from '../claims.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { show } from '../quantity.js';

export const textSaysNone = defineRule({
  meta: {
    id: 'text-says-none',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '情况说明称没有某类支出（“无”“没有”），表中却有金额。',
      en: 'The narrative says there is none of something (无, 没有) while the table shows an amount.',
    },
    message: '情况说明称没有{subject}，但{where}中为{table}。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const c of facts.claims) {
      // Claims with a stated 0 are compared by claim-vs-table; this rule reads the words.
      if (c.amount && c.amount.text !== null) continue;
      // A count (公务用车保有量为0辆) is not an amount of money: 无 车辆 says nothing of 三公 spending.
      if (c.count !== null && c.count !== undefined) continue;
      if (!meaningOfClaim(c).saysNone) continue;
      const meaning = claimMeaning(c);
      if (!meaning || meaning.subject === 'named') continue;
      const fig = tableFigures(facts, ctx, meaning).find((f) => !f.q.fen.isZero());
      if (!fig) continue;
      const subject = claimSubject(c, meaning);
      out.push({
        subject,
        message: `情况说明称没有${subject}，但${fig.where}中为${show(fig.q)}。`,
        expected: show(fig.q),
        actual: '无',
        evidence: uniqueEvidence([evidenceAt(c.place, c.text), ...fig.q.evidence]),
      });
    }
    return out;
  },
});
