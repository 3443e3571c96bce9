import { Decimal } from 'decimal.js';
import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, evidenceOfAmount } from '../evidence.js';
import { formatAmount, formatMoney } from '../format.js';
import { fundsOf } from '../projects.js';
import { FEN_PER_UNIT } from '../../util/money.js';
import type { RateStatement } from '../../model/index.js';

/** Relative gap a stated head count x rate may leave to the funds ('预计', '约' figures are round). */
const SLACK = new Decimal('0.01');

export const quantityTimesRate = defineRule({
  meta: {
    id: 'quantity-times-rate',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '年度目标或指标中同时给出人数和每人标准时，二者相乘应与年度资金相符。',
      en: 'Where an annual goal or indicator gives both a head count and a per-head rate, their product matches the annual funds.',
    },
    message: '项目“{project}”写明{count}人×{rate}元{period}，合计{product}，与年度资金{funds}不符。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const funds = fundsOf(p, 'annual');
      if (!funds || funds.fen === null || funds.fen === 0) continue;
      const found = p.rates ?? [];
      if (!found.length) continue;
      const fits = (r: RateStatement) => {
        const yearly = new Decimal(r.count).times(r.rateYuan).times(FEN_PER_UNIT['元']);
        const options = r.perMonth === true ? [yearly.times(12)] : r.perMonth === false ? [yearly] : [yearly, yearly.times(12)];
        return { options, ok: options.some((o) => o.minus(funds.fen!).abs().lte(new Decimal(funds.fen!).times(SLACK))) };
      };
      // One statement that gives the funds is enough; report the first when none does.
      if (found.some((r) => fits(r).ok)) continue;
      const r = found[0];
      const product = fits(r).options[0];
      const period = r.perMonth ? '×12个月' : '';
      out.push({
        subject: p.name,
        message: `项目“${p.name}”写明${r.count}人、每人${r.rateYuan}元${r.perMonth ? '每月' : ''}，相乘${period}为${formatMoney(product, '万元', 2)}，与年度资金总额${formatAmount(funds)}不符。`,
        expected: formatMoney(product, '万元', 2),
        actual: formatAmount(funds),
        evidence: [evidenceAt(r.place, r.text), evidenceOfAmount(funds, '年度资金总额')],
      });
    }
    return out;
  },
});
