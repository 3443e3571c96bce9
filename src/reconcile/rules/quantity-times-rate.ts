import { Decimal } from 'decimal.js';
import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, evidenceOfAmount } from '../evidence.js';
import { formatAmount, formatMoney } from '../format.js';
import { fundsOf } from '../projects.js';
import { FEN_PER_UNIT } from '../../util/money.js';

/** Relative gap a stated head count x rate may leave to the funds ('预计', '约' figures are round). */
const SLACK = new Decimal('0.01');

export interface RateStatement {
  count: Decimal;
  rateYuan: Decimal;
  /** true: per month, false: per year, null: not said. */
  perMonth: boolean | null;
  text: string;
}

/** A text giving one head count and one per-head rate: '对2000名…每人每年200元进行补贴'. */
export function rateStatement(text: string): RateStatement | null {
  const s = text.replace(/\s+/g, '');
  // A count after 每 (每服务1名儿童满1个月给予300元) is the rate's unit, not a head count.
  const counts = [...new Set([...s.matchAll(/(?<![每\d.])(\d+(?:\.\d+)?)(万)?(?:名|人(?!民)|户)/g)]
    .filter((m) => !/每[^，。；、\d]{0,4}$/.test(s.slice(Math.max(0, m.index - 5), m.index)))
    .map((m) => new Decimal(m[1]).times(m[2] ? 10000 : 1).toString()))];
  const rates = [...new Set([...s.matchAll(/(?<![\d.\-－~～])(\d+(?:\.\d+)?)元(?![\/／])/g)].map((m) => m[1]))];
  if (counts.length !== 1 || rates.length !== 1) return null;
  const perMonth = /每人每月|每月|按月|月人均/.test(s) ? true : /每人每年|每年|按年/.test(s) ? false : null;
  return { count: new Decimal(counts[0]), rateYuan: new Decimal(rates[0]), perMonth, text };
}

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
      const texts = [
        { text: p.annualGoal, place: p.fieldPlaces.annualGoal ?? p.place },
        ...p.indicators.filter((i) => i.horizon === 'annual').map((i) => ({ text: i.name, place: i.place })),
      ];
      const found = texts.flatMap((t) => {
        const r = t.text ? rateStatement(t.text) : null;
        return r ? [{ ...r, place: t.place }] : [];
      });
      if (!found.length) continue;
      const fits = (r: RateStatement) => {
        const yearly = r.count.times(r.rateYuan).times(FEN_PER_UNIT['元']);
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
