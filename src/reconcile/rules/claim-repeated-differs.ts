import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, claimQuantity, claimSubject, isGeneric, isLevel, meaningKey, meaningOfClaim, namesItsFigure } from '../claims.js';
import { compare, show } from '../quantity.js';
import { uniqueEvidence } from '../evidence.js';
import { CONFIDENT, type Claim } from '../../model/index.js';

/**
 * At info (docs/rules.md, severity policy): every flag judged on the verified set (23 of 23) was two figures
 * of different bases that the claims' meaning does not tell apart yet (all funds vs 一般公共预算 vs 当年拨款,
 * this year's vs 上年结转, a 类 total vs its 项目支出 part), so the comparison is unresolved, not a finding.
 */
export const claimRepeatedDiffers = defineRule({
  meta: {
    id: 'claim-repeated-differs',
    severity: 'info',
    docTypes: BOTH,
    description: {
      zh: '情况说明中同一个数字说了两次，两次的金额应相同。',
      en: 'A figure the narrative states twice has the same value both times.',
    },
    message: '情况说明中两处提到的{subject}金额不同：{first}与{second}。',
  },
  check(facts) {
    const groups = new Map<string, Claim[]>();
    for (const c of facts.claims) {
      const m = claimMeaning(c);
      if (!isLevel(c) || !m || isGeneric(c) || !namesItsFigure(facts, c)) continue;
      // The same words under two headings (all funds, 一般公共预算, 政府性基金) are two figures; so is a
      // figure whose subject a page break cut off, or a zero stated without a unit.
      if ((c.confidence ?? 1) < CONFIDENT) continue;
      // So are a figure stated as a part of a whole (其中 after 财政拨款支出, 收入预算 …) and one stated on its own, or
      // parts of two different wholes: the typed basis tells them apart (财政拨款 incl. 上年结转 vs 当年拨款).
      const whole = meaningOfClaim(c).basis;
      const k = `${meaningKey(m)}|${c.scope ?? ''}|${whole ? meaningKey(whole) : ''}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    const out: FlagDraft[] = [];
    for (const claims of groups.values()) {
      // Three or more different values are a breakdown (by unit, by item), not one figure repeated.
      const values: Claim[] = [];
      for (const c of claims) if (!values.some((v) => compare(claimQuantity(v)!, claimQuantity(c)!) !== 'mismatch')) values.push(c);
      if (values.length > 2) continue;
      const first = claims[0];
      const q0 = claimQuantity(first)!;
      const reported = new Set<string>();
      for (const c of claims.slice(1)) {
        const q = claimQuantity(c)!;
        if (compare(q0, q) !== 'mismatch' || reported.has(q.fen.toString())) continue;
        reported.add(q.fen.toString());
        const subject = claimSubject(first);
        out.push({
          subject,
          message: `情况说明中两处提到的${subject}金额不同：一处为${show(q0)}，另一处为${show(q)}。`,
          expected: show(q0),
          actual: show(q),
          evidence: uniqueEvidence([...q0.evidence, ...q.evidence]),
        });
      }
    }
    return out;
  },
});
