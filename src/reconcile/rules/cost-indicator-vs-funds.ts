import { Decimal } from 'decimal.js';
import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, evidenceOfAmount, uniqueEvidence } from '../evidence.js';
import { formatAmount, formatMoney } from '../format.js';
import { fundsOf, HORIZON_NAMES, indicatorLabel } from '../projects.js';
import { halfUlpFen } from '../../util/money.js';
import type { Horizon, Indicator } from '../../model/index.js';

interface CostPart {
  indicator: Indicator;
  fen: Decimal;
  tol: Decimal;
  stated: string;
  decimals: number;
}

/** The cost indicators of one horizon that state an amount and are not rates, once each (a grid may print one twice). */
function costParts(indicators: readonly Indicator[], horizon: Horizon): CostPart[] {
  const out: CostPart[] = [];
  for (const i of indicators) {
    const money = i.cost?.amount;
    if (i.horizon !== horizon || !money || i.cost!.role === 'rate') continue;
    const fen = new Decimal(money.fen);
    if (out.some((o) => o.indicator.name === i.name && o.fen.eq(fen))) continue;
    out.push({ indicator: i, fen, tol: halfUlpFen({ unit: money.unit, decimals: money.decimals }), stated: formatMoney(fen, money.unit, money.decimals), decimals: money.decimals });
  }
  return out;
}

/**
 * Cost indicators (成本指标) are parts of the project's funds, not each the whole: a finding is their sum above
 * the funds of the same horizon. When that sum is the other horizon's funds, the grid copied it (info).
 */
export const costIndicatorVsFunds = defineRule({
  meta: {
    id: 'cost-indicator-vs-funds',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '成本指标是项目资金的组成部分：同一期限（中期/年度）成本指标金额之和不应超过该期限的项目资金。',
      en: 'Cost indicators are parts of the project funds: their sum for a horizon (mid-term or annual) does not exceed that horizon’s funds.',
    },
    message: '项目“{project}”{horizon}成本指标金额之和{sum}超过{horizon}资金总额{funds}。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const issues: { text: string; copied: boolean; evidence: FlagDraft['evidence'] }[] = [];
      for (const horizon of ['mid_term', 'annual'] as const) {
        const funds = fundsOf(p, horizon);
        if (!funds || funds.fen === null) continue;
        const parts = costParts(p.indicators, horizon);
        if (!parts.length) continue;
        // Where one line states the whole (by its name, or by equalling the funds), the others are nested in it.
        const wholes = parts.filter((x) => x.indicator.cost!.role === 'whole' || x.fen.minus(funds.fen!).abs().lte(x.tol.plus(halfUlpFen(funds))));
        const counted = wholes.length ? [wholes.reduce((a, b) => (b.fen.gt(a.fen) ? b : a))] : parts;
        const sum = counted.reduce((s, x) => s.plus(x.fen), new Decimal(0));
        const tol = counted.reduce((s, x) => s.plus(x.tol), halfUlpFen(funds));
        if (sum.minus(funds.fen).lte(tol)) continue;
        const otherHorizon: Horizon = horizon === 'annual' ? 'mid_term' : 'annual';
        const other = fundsOf(p, otherHorizon);
        const copied = other !== null && other.fen !== null && sum.minus(other.fen).abs().lte(tol.plus(halfUlpFen(other)));
        const h = HORIZON_NAMES[horizon];
        const listed = counted.map((x) => `${indicatorLabel(x.indicator)}${x.stated}`).join('、');
        const sumText = formatMoney(sum, funds.unit, Math.max(funds.decimals, ...counted.map((x) => x.decimals)));
        issues.push({
          text: `${h}成本指标（${listed}）${counted.length > 1 ? `合计${sumText}` : ''}，${h}资金总额为${formatAmount(funds)}${copied ? `（与${HORIZON_NAMES[otherHorizon]}资金相同）` : ''}`,
          copied,
          evidence: [...counted.map((x) => evidenceAt(x.indicator.place, `${x.indicator.name} ${x.indicator.target ?? ''}`.trim())), evidenceOfAmount(funds, `${h}资金总额`)],
        });
      }
      if (!issues.length) continue;
      const allCopied = issues.every((x) => x.copied);
      out.push({
        subject: p.name,
        severity: allCopied ? 'info' : 'warning',
        message: allCopied
          ? `项目“${p.name}”的成本指标沿用了另一期限的资金数：${issues.map((x) => x.text).join('；')}。`
          : `项目“${p.name}”的成本指标金额之和超过同期项目资金：${issues.map((x) => x.text).join('；')}。`,
        expected: '同期成本指标合计不超过项目资金',
        actual: issues.map((x) => x.text).join('；'),
        evidence: uniqueEvidence(issues.flatMap((x) => x.evidence)),
      });
    }
    return out;
  },
});
