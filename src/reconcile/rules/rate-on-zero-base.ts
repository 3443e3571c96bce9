import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { changeStatements, claimQuantity, claimSubject, currentFor, percentOf } from '../claims.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { show } from '../quantity.js';

export const rateOnZeroBase = defineRule({
  meta: {
    id: 'rate-on-zero-base',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '上年数为零时不能计算增长率，情况说明却给出了增长百分比。',
      en: 'A growth rate is stated although the prior-year figure it would be measured against is zero.',
    },
    message: '情况说明称{subject}{verb}{rate}，但按所述金额上年为0，增长率无从计算。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const s of changeStatements(facts)) {
      if (!s.change || !s.rate || s.claim.direction !== 'increase') continue;
      const d = claimQuantity(s.change)!;
      const p = percentOf(s.rate.percent!);
      const cur = currentFor(facts, ctx, s);
      if (!p || !cur || d.fen.isZero()) continue;
      if (!cur.q.fen.minus(d.fen).isZero()) continue;
      const subject = claimSubject(s.claim, s.meaning);
      out.push({
        subject,
        message: `情况说明称${subject}增加${show(d)}、增长${s.rate.percent}%，但本年为${show(cur.q)}，上年即为0，增长率无从计算。`,
        expected: '不适用（上年为0）',
        actual: `${s.rate.percent}%`,
        evidence: uniqueEvidence([evidenceAt(s.claim.place, s.claim.text), ...cur.q.evidence]),
      });
    }
    return out;
  },
});
