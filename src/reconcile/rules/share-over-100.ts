import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimSubject, isShare, percentOf } from '../claims.js';
import { evidenceAt } from '../evidence.js';

export const shareOver100 = defineRule({
  meta: {
    id: 'share-over-100',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '部分占整体的比例不可能超过100%。',
      en: 'A share of a whole cannot exceed 100%.',
    },
    message: '情况说明称{subject}占{stated}，部分占整体的比例不可能超过100%。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const c of facts.claims) {
      if (!isShare(c)) continue;
      const p = percentOf(c.percent!);
      if (!p || p.value.lte(100)) continue;
      const subject = claimSubject(c);
      out.push({
        subject,
        message: `情况说明称${subject}占${c.percent}%，部分占整体的比例不可能超过100%。`,
        expected: '不超过100%',
        actual: `${c.percent}%`,
        evidence: [evidenceAt(c.place, c.text)],
      });
    }
    return out;
  },
});
