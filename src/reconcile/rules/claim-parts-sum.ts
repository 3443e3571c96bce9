import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimQuantity, claimSubject, isLevel, meaningOfClaim } from '../claims.js';
import { show, showDiff, sumOf } from '../quantity.js';
import { uniqueEvidence } from '../evidence.js';
import { CONFIDENT, type Claim } from '../../model/index.js';

/**
 * Parts stated after 其中 that are lines of their whole's own kind (政府采购货物/工程/服务 of 政府采购预算总额) cannot
 * add up to more than the whole. Only same-kind parts of the same money and year are summed: parts of another
 * kind (人员经费 inside 基本支出) or of one fund (一般公共预算 within all funds) may overlap.
 */
function wholeLine(c: Claim): string | null {
  const f = meaningOfClaim(c).figure;
  return f?.subject === 'named' && f.whole && !/^unnamed_|^other_line$/.test(f.line) ? f.line : null;
}

function sure(c: Claim): boolean {
  return isLevel(c) && (c.confidence ?? 1) >= CONFIDENT && claimQuantity(c) !== null;
}

export const claimPartsSum = defineRule({
  meta: {
    id: 'claim-parts-sum',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '情况说明中“其中”列出的同类分项之和不应超过其总额。',
      en: 'The parts a sentence lists after 其中, of the same kind as their whole, add up to no more than that whole.',
    },
    message: '情况说明中{subject}为{stated}，其中各分项合计{parts}，超过总额。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    const claims = facts.claims;
    claims.forEach((whole, i) => {
      const line = wholeLine(whole);
      if (!line || !sure(whole) || meaningOfClaim(whole).basis) return;
      const parts = claims.slice(i + 1).filter((p) => {
        const f = meaningOfClaim(p).figure;
        const b = meaningOfClaim(p).basis;
        return p.text === whole.text && p.place.page === whole.place.page && sure(p) && f?.subject === 'named' && !f.whole && f.line === line && b?.subject === 'named' && b.line === line && (p.scope ?? null) === (whole.scope ?? null) && p.period === whole.period;
      });
      if (parts.length < 2) return;
      const w = claimQuantity(whole)!;
      const sum = sumOf(parts.map((p) => claimQuantity(p)!), '');
      if (sum.fen.minus(w.fen).lte(w.tol.plus(sum.tol))) return;
      const subject = claimSubject(whole);
      out.push({
        subject,
        message: `情况说明中${subject}为${show(w)}，其中各分项合计${show(sum)}，比总额多${showDiff(sum, w)}。`,
        expected: show(w),
        actual: show(sum),
        evidence: uniqueEvidence([...w.evidence, ...parts.flatMap((p) => claimQuantity(p)!.evidence)]),
      });
    });
    return out;
  },
});
