import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { changeStatements, claimSubject, meaningOfClaim } from '../claims.js';
import { evidenceAt } from '../evidence.js';
import type { Claim } from '../../model/index.js';

const statesChange = (c: Claim | null) => c !== null && ((c.amount?.fen ?? 0) !== 0 || (c.percent !== null && Number(c.percent) !== 0));

export const yoyReasonMissing = defineRule({
  meta: {
    id: 'yoy-reason-missing',
    severity: 'info',
    docTypes: BOTH,
    description: {
      zh: '情况说明中的每一处增减变化都应说明原因（本句或同段后文的“主要原因”）。',
      en: 'Every increase or decrease stated in the narrative comes with a reason (in its sentence or later in its paragraph).',
    },
    message: '情况说明称{subject}比上年有增减，但没有说明原因。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    const statements = changeStatements(facts).filter((s) => s.claim.direction && s.claim.direction !== 'flat' && (statesChange(s.change) || statesChange(s.rate)));
    const key = (s: (typeof statements)[number]) => `${s.change?.amount?.fen ?? ''}|${s.rate?.percent ?? ''}`;
    const hasReason = (c: Claim) => meaningOfClaim(c).reasoned;
    const explained = new Set(statements.filter((s) => hasReason(s.claim)).map(key));
    for (const s of statements) {
      // The same change explained elsewhere (the total's change repeated for its only item) counts as explained.
      if (hasReason(s.claim) || explained.has(key(s))) continue;
      const subject = claimSubject(s.claim, s.meaning);
      out.push({
        subject,
        message: `情况说明称${subject}比上年${s.claim.direction === 'increase' ? '增加' : '减少'}，但没有说明原因。`,
        expected: '说明增减原因',
        actual: '未说明',
        evidence: [evidenceAt(s.claim.place, s.claim.text)],
      });
    }
    return out;
  },
});
