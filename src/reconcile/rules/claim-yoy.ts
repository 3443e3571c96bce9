import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { changeStatements, claimMeaning, claimQuantity, claimSubject, currentFor, isLevel, isNamedMeaning, meaningKey, percentOf } from '../claims.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { formatPercent } from '../format.js';
import { compare, show, type Quantity } from '../quantity.js';
import { checkRatio } from '../ratio.js';
import { CONFIDENT, type Claim } from '../../model/index.js';

/** Whether a change of d at the stated rate follows exactly from a current figure. */
function exactFrom(current: Quantity, d: Quantity, direction: NonNullable<Claim['direction']>, stated: NonNullable<ReturnType<typeof percentOf>>): boolean {
  const prior = current.fen.plus(d.fen.times(direction === 'increase' ? -1 : 1));
  return prior.gt(0) && checkRatio(d, { ...current, fen: prior, tol: current.tol.plus(d.tol) }, stated).verdict === 'equal';
}

const WORDS = { increase: ['增加', '增长'], decrease: ['减少', '下降'], flat: ['持平', '持平'] } as const;

export const claimYoy = defineRule({
  meta: {
    id: 'claim-yoy',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '情况说明中的同比变化（比上年增加/减少a万元，增长/下降b%）应自洽：由本年数和变化额推出的上年数，算出的变化率应等于b%；写明上年数时，变化额和增减方向应与之相符。',
      en: 'A year-over-year statement is consistent: the prior figure implied by the current figure and the change gives the stated rate.',
    },
    message: '情况说明称{subject}比上年{verb}{change}、{rateVerb}{rate}；按本年{current}推算上年为{prior}，变化率应为{computed}。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const s of changeStatements(facts)) {
      if (!s.change || !s.rate || !s.claim.direction || s.claim.direction === 'flat') continue;
      const d = claimQuantity(s.change)!;
      const stated = percentOf(s.rate.percent!);
      if (!stated || (d.fen.isZero() && stated.value.isZero())) continue;
      const subject = claimSubject(s.claim, s.meaning);
      const [verb, rateVerb] = WORDS[s.claim.direction];
      const said = `情况说明称${subject}比上年${verb}${show(d)}、${rateVerb}${s.rate.percent}%`;
      const ev = uniqueEvidence([evidenceAt(s.claim.place, s.claim.text), ...d.evidence]);
      const cur = currentFor(facts, ctx, s);
      if (!cur) {
        out.push({ subject, variant: 'unresolved', message: `${said}，但找不到本年数，无法核对变化率。`, expected: null, actual: `${s.rate.percent}%`, evidence: ev });
        continue;
      }
      // A prior-year figure stated in the same sentence: the change and its direction word must follow from it.
      const prior0 = facts.claims.find(
        (x) => x.period === 'prior' && x.text === s.claim.text && x.amount?.text && s.meaning && claimMeaning(x) && meaningKey(claimMeaning(x)!) === meaningKey(s.meaning),
      );
      const pq = prior0 ? claimQuantity(prior0) : null;
      if (pq) {
        const diff: Quantity = { ...cur.q, fen: cur.q.fen.minus(pq.fen), tol: cur.q.tol.plus(pq.tol), label: '本年减上年', evidence: [...cur.q.evidence, ...pq.evidence] };
        const actualDirection = diff.fen.abs().lte(diff.tol) ? 'flat' : diff.fen.isPos() ? 'increase' : 'decrease';
        if (actualDirection !== 'flat' && actualDirection !== s.claim.direction) {
          out.push({
            subject,
            message: `${said}；但本年为${show(cur.q)}、上年为${show(pq)}，实际是${WORDS[actualDirection][0]}。`,
            expected: WORDS[actualDirection][0],
            actual: verb,
            evidence: uniqueEvidence([...ev, ...diff.evidence]),
          });
          continue;
        }
        const absDiff: Quantity = { ...diff, fen: diff.fen.abs() };
        if (compare(absDiff, d) === 'mismatch') {
          out.push({
            subject,
            message: `${said}；但本年${show(cur.q)}与上年${show(pq)}相差${show(absDiff)}。`,
            expected: show(absDiff),
            actual: show(d),
            evidence: uniqueEvidence([...ev, ...diff.evidence]),
          });
          continue;
        }
      }
      // The figure the change is of must be known: same meaning, confidently read. Where it is only a level
      // nearby in the sentence (a change after an aside in brackets, after a total's parts), a level of the
      // sentence from which the rate follows exactly settles it; else the check is unresolved.
      // A change the recogniser attached to the level stated just before it in the sentence has that subject.
      const attached = s.claim.subject !== null && facts.claims.some((x) => x.text === s.claim.text && isLevel(x) && x.subject === s.claim.subject);
      const known = (isNamedMeaning(s.meaning) || attached) && (s.claim.confidence ?? 1) >= CONFIDENT && (s.change.confidence ?? 1) >= CONFIDENT;
      const levels = facts.claims.filter((x) => x.text === s.claim.text && isLevel(x)).map((x) => claimQuantity(x)!);
      if (levels.some((q) => exactFrom(q, d, s.claim.direction!, stated))) continue;
      if (!known) {
        out.push({ subject, variant: 'unresolved', message: `${said}，但说明没有写明这是哪个数字的变化，无法核对变化率。`, expected: null, actual: `${s.rate.percent}%`, evidence: ev });
        continue;
      }
      const sign = s.claim.direction === 'increase' ? -1 : 1;
      const prior: Quantity = { ...cur.q, fen: cur.q.fen.plus(d.fen.times(sign)), tol: cur.q.tol.plus(d.tol), label: '上年数', decimals: Math.max(cur.q.decimals, d.decimals) };
      if (prior.fen.lte(0)) {
        if (prior.fen.isNeg()) {
          out.push({
            subject,
            message: `${said}，但本年只有${show(cur.q)}，减去增加额后上年为负数，说法自相矛盾。`,
            expected: `增加额不超过${show(cur.q)}`,
            actual: show(d),
            evidence: uniqueEvidence([...ev, ...cur.q.evidence]),
          });
        }
        continue; // a zero base is rate-on-zero-base's
      }
      const r = checkRatio(d, prior, stated);
      if (r.verdict === 'equal' || r.verdict === 'zero-base') continue;
      const computed = formatPercent(r.exact!, stated.decimals);
      const msg = `${said}；按本年${show(cur.q)}推算上年为${show(prior)}，${rateVerb}率应为${formatPercent(r.exact!, Math.max(2, stated.decimals))}`;
      out.push({
        subject,
        expected: computed,
        actual: `${s.rate.percent}%`,
        evidence: uniqueEvidence([...ev, ...cur.q.evidence]),
        ...(r.verdict === 'rounding' ? { variant: 'rounding' as const, message: `${msg}，差异在四舍五入误差以内。` } : { message: `${msg}，与所述不符。` }),
      });
    }
    return out;
  },
});
