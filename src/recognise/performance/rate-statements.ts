import { Decimal } from 'decimal.js';
import type { Project, RateStatement } from '../../model/index.js';

/** A text giving one head count and one per-head rate: '对2000名…每人每年200元进行补贴'; null otherwise. */
export function rateStatement(text: string): Omit<RateStatement, 'place'> | null {
  const s = text.replace(/\s+/g, '');
  // A count after 每 (每服务1名儿童满1个月给予300元) is the rate's unit, not a head count.
  const counts = [...new Set([...s.matchAll(/(?<![每\d.])(\d+(?:\.\d+)?)(万)?(?:名|人(?!民)|户)/g)]
    .filter((m) => !/每[^，。；、\d]{0,4}$/.test(s.slice(Math.max(0, m.index - 5), m.index)))
    .map((m) => new Decimal(m[1]).times(m[2] ? 10000 : 1).toString()))];
  const rates = [...new Set([...s.matchAll(/(?<![\d.\-－~～])(\d+(?:\.\d+)?)元(?![\/／])/g)].map((m) => m[1]))];
  if (counts.length !== 1 || rates.length !== 1) return null;
  const perMonth = /每人每月|每月|按月|月人均/.test(s) ? true : /每人每年|每年|按年/.test(s) ? false : null;
  return { count: counts[0], rateYuan: rates[0], perMonth, text };
}

/** The head count x rate statements of a project's annual goal and annual indicators, as typed facts. */
export function withRateStatements(p: Project): Project {
  const texts = [
    { text: p.annualGoal, place: p.fieldPlaces.annualGoal ?? p.place },
    ...p.indicators.filter((i) => i.horizon === 'annual').map((i) => ({ text: i.name, place: i.place })),
  ];
  const rates = texts.flatMap((t) => {
    const r = t.text ? rateStatement(t.text) : null;
    return r ? [{ ...r, place: t.place }] : [];
  });
  return { ...p, rates };
}
