import { projectFunds, type CostLine, type Indicator, type Project, type Unit } from '../../model/index.js';
import { toFen } from '../../util/money.js';
import { BARE_CAPPED_FIGURE, COST_LEVEL, COST_RATE, COST_WHOLE, MONEY_FIGURE, MONEY_UNIT, MONEY_WORDS, PER_HEAD_BEFORE } from '../../vocab/performance-words.js';

type Money = NonNullable<CostLine['amount']>;

/** A money figure written in a text ('不超过3042万元', '0.45万'), or a bare capped figure in `bareUnit`; null otherwise. */
function moneyIn(text: string, bareUnit: Unit | null): Money | null {
  const s = text.replace(/\s+/g, '');
  const m = MONEY_FIGURE.exec(s);
  if (m && !PER_HEAD_BEFORE.test(s.slice(0, m.index))) return money(m[1], m[2], MONEY_UNIT[m[3]]);
  const bare = BARE_CAPPED_FIGURE.exec(s);
  return bare && bareUnit ? money(bare[1], bare[2], bareUnit) : null;
}

/** The project's one fen conversion (util/money's toFen), so a cost line's fen is the tables' fen. */
function money(figure: string, decimals: string | undefined, unit: Unit): Money | null {
  const fen = toFen(figure, unit);
  return fen === null ? null : { fen, text: figure, decimals: decimals?.length ?? 0, unit };
}

/** What a cost indicator (成本指标) says of the funds: a part, the whole, or a rate; and the money it states. */
export function costLineOf(i: Indicator, p: Project): CostLine | undefined {
  if (!COST_LEVEL.test(`${i.level2 ?? ''}${i.level1 ?? ''}`)) return undefined;
  const role = COST_RATE.test(i.name) ? 'rate' : COST_WHOLE.test(i.name) ? 'whole' : 'part';
  const unit = projectFunds(p, i.horizon)?.unit ?? null;
  const amount = moneyIn(i.target ?? '', MONEY_WORDS.test(i.name) ? unit : null) ?? moneyIn(i.name, null);
  return { role, amount };
}
