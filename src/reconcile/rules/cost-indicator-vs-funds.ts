import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, evidenceOfAmount, uniqueEvidence } from '../evidence.js';
import { formatAmount, formatMoney } from '../format.js';
import { fundsOf, HORIZON_NAMES, indicatorLabel, moneyIn } from '../projects.js';
import { halfUlpFen } from '../../util/money.js';
import type { Horizon } from '../../model/index.js';

/** Indicator texts that name money, so that a bare number target ('37.056') is an amount. */
const MONEY_WORDS = /资金|经费|费用|成本|投入|预算|金额/;

export const costIndicatorVsFunds = defineRule({
  meta: {
    id: 'cost-indicator-vs-funds',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '成本指标中写明的金额应与同一期限（中期/年度）的项目资金一致。',
      en: 'An amount stated in a cost indicator equals the project funds of the same horizon (mid-term or annual).',
    },
    message: '项目“{project}”的成本指标{indicator}为{stated}，与{horizon}资金总额{funds}不一致。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const issues: { text: string; copied: boolean; evidence: ReturnType<typeof evidenceAt>[] }[] = [];
      const seen = new Set<string>();
      for (const i of p.indicators) {
        if (!/成本/.test(`${i.level2 ?? ''}${i.level1 ?? ''}`)) continue;
        const funds = fundsOf(p, i.horizon);
        if (!funds || funds.fen === null) continue;
        const money = moneyIn(i.target ?? '', MONEY_WORDS.test(i.name) ? funds.unit : null) ?? moneyIn(i.name, null);
        if (!money) continue;
        const tol = halfUlpFen({ unit: money.unit, decimals: money.decimals }).plus(halfUlpFen(funds));
        if (money.fen.minus(funds.fen).abs().lte(tol)) continue;
        const key = `${i.horizon}|${money.fen}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const other: Horizon = i.horizon === 'annual' ? 'mid_term' : 'annual';
        const otherFunds = fundsOf(p, other);
        const copied = otherFunds !== null && otherFunds.fen !== null && money.fen.minus(otherFunds.fen).abs().lte(tol);
        const stated = formatMoney(money.fen, money.unit, money.decimals);
        issues.push({
          text: `${HORIZON_NAMES[i.horizon]}${indicatorLabel(i)}为${stated}，${HORIZON_NAMES[i.horizon]}资金总额为${formatAmount(funds)}${copied ? `（与${HORIZON_NAMES[other]}资金相同）` : ''}`,
          copied,
          evidence: [evidenceAt(i.place, `${i.name} ${i.target ?? ''}`.trim()), evidenceOfAmount(funds, `${HORIZON_NAMES[i.horizon]}资金总额`)],
        });
      }
      if (!issues.length) continue;
      const allCopied = issues.every((x) => x.copied);
      out.push({
        subject: p.name,
        severity: allCopied ? 'info' : 'warning',
        message: allCopied
          ? `项目“${p.name}”的成本指标沿用了另一期限的资金数：${issues.map((x) => x.text).join('；')}。`
          : `项目“${p.name}”的成本指标金额与项目资金不一致：${issues.map((x) => x.text).join('；')}。`,
        expected: '成本指标金额等于同期资金总额',
        actual: issues.map((x) => x.text).join('；'),
        evidence: uniqueEvidence(issues.flatMap((x) => x.evidence)),
      });
    }
    return out;
  },
});
