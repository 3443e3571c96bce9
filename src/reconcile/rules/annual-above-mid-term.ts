import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceOfAmount } from '../evidence.js';
import { formatAmount } from '../format.js';
import { fundsOf } from '../projects.js';

export const annualAboveMidTerm = defineRule({
  meta: {
    id: 'annual-above-mid-term',
    severity: 'error',
    docTypes: ['budget'],
    description: {
      zh: '项目的年度资金总额不应超过中期资金总额。',
      en: "A project's annual funds do not exceed its mid-term funds.",
    },
    message: '项目“{project}”的年度资金总额（{annual}）超过了中期资金总额（{mid}）。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const a = fundsOf(p, 'annual');
      const m = fundsOf(p, 'mid_term');
      if (!a || !m || a.fen === null || m.fen === null || a.fen <= m.fen) continue;
      out.push({
        subject: p.name,
        message: `项目“${p.name}”的年度资金总额（${formatAmount(a)}）超过了中期资金总额（${formatAmount(m)}）。`,
        expected: `不超过${formatAmount(m)}`,
        actual: formatAmount(a),
        evidence: [evidenceOfAmount(m, '中期资金总额'), evidenceOfAmount(a, '年度资金总额')],
      });
    }
    return out;
  },
});
