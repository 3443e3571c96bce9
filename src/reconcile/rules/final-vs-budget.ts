import { defineRule, type FlagDraft } from '../rule.js';
import { claimQuantity, claimSubject, isBudgetPhase, isVersusBudget, meaningOfClaim, percentOf } from '../claims.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { formatPercent } from '../format.js';
import { compare, show, type Quantity } from '../quantity.js';
import { checkRatio } from '../ratio.js';
import type { Claim } from '../../model/index.js';

const WORD = { increase: '大于', decrease: '小于', flat: '等于' } as const;
const isBudgetFigure = (c: Claim) => isBudgetPhase(meaningOfClaim(c).phase);

export const finalVsBudget = defineRule({
  meta: {
    id: 'final-vs-budget',
    severity: 'error',
    docTypes: ['final_accounts'],
    description: {
      zh: '决算说明中“决算数大于/小于/等于预算数”的措辞和完成预算的百分比应与决算数、预算数相符。',
      en: 'In final accounts, the wording 决算数大于/小于/等于预算数 and the completion rate agree with the final and budget figures.',
    },
    message: '决算说明称{subject}决算数{word}预算数，但决算数为{final}，预算数为{budget}。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const c of facts.claims.filter(isVersusBudget)) {
      const sentence = facts.claims.filter((x) => x.text === c.text && x.amount && x.amount.text !== null);
      const budgetClaim = sentence.find(isBudgetFigure);
      const finalClaim = (c.amount && !isBudgetFigure(c) ? c : null) ?? sentence.find((x) => x !== budgetClaim && x.direction === null);
      const B: Quantity | null = budgetClaim ? claimQuantity(budgetClaim) : null;
      const F: Quantity | null = finalClaim ? claimQuantity(finalClaim) : null;
      if (!B || !F) continue;
      const subject = claimSubject(c);
      const ev = uniqueEvidence([evidenceAt(c.place, c.text), ...F.evidence, ...B.evidence]);
      const v = compare(F, B);
      const actual = v === 'equal' || v === 'rounding' ? 'flat' : F.fen.gt(B.fen) ? 'increase' : 'decrease';
      if (c.direction && c.direction !== actual && !(v === 'rounding')) {
        out.push({
          subject,
          message: `决算说明称${subject}决算数${WORD[c.direction]}预算数，但决算数为${show(F)}，预算数为${show(B)}，应为“${WORD[actual]}”。`,
          expected: WORD[actual],
          actual: WORD[c.direction],
          evidence: ev,
        });
      }
      const p = c.percent ? percentOf(c.percent) : null;
      if (!p) continue;
      const completion = meaningOfClaim(c).statement === 'completion';
      const num: Quantity = completion ? F : { ...F, fen: F.fen.minus(B.fen).abs(), tol: F.tol.plus(B.tol) };
      const r = checkRatio(num, B, p);
      if (r.verdict === 'equal' || r.verdict === 'zero-base') continue;
      const what = completion ? '完成预算的比例' : '决算比预算的变化率';
      out.push({
        subject,
        expected: formatPercent(r.exact!, p.decimals),
        actual: `${c.percent}%`,
        evidence: ev,
        ...(r.verdict === 'rounding'
          ? { variant: 'rounding' as const, message: `决算说明中${subject}${what}为${c.percent}%，按${show(F)}与${show(B)}计算为${formatPercent(r.exact!, p.decimals + 2)}，差异在四舍五入误差以内。` }
          : { message: `决算说明中${subject}${what}为${c.percent}%，按决算数${show(F)}与预算数${show(B)}计算应为${formatPercent(r.exact!, p.decimals)}。` }),
      });
    }
    return out;
  },
});
