import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, claimQuantity, claimSubject, figureFor, isShare, meaningOfClaim, percentOf, shareDenominators } from '../claims.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { formatPercent } from '../format.js';
import { show } from '../quantity.js';
import { checkRatio, type RatioCheck } from '../ratio.js';
import { CONFIDENT } from '../../model/index.js';

export const claimShare = defineRule({
  meta: {
    id: 'claim-share',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '情况说明中“占x%”的比例应等于该项金额除以总额，允许金额和百分比的四舍五入误差。',
      en: 'A share stated in the narrative (占 x%) equals the amount divided by its total, within the rounding of the amounts and of the percent.',
    },
    message: '情况说明称{subject}占{stated}，按{num}÷{den}计算应为{computed}。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    for (const c of facts.claims) {
      if (!isShare(c) || c.period !== 'current') continue;
      const stated = percentOf(c.percent!);
      if (!stated || stated.value.gt(100)) continue; // above 100% is share-over-100's
      const meaning = claimMeaning(c);
      const subject = claimSubject(c, meaning);
      const num = claimQuantity(c) ? { q: claimQuantity(c)!, where: '情况说明' } : meaning ? figureFor(facts, ctx, meaning, c) : null;
      const dens = shareDenominators(facts, ctx, c, meaning);
      const ev = evidenceAt(c.place, c.text);
      if (!num || !dens.length) {
        out.push({
          subject,
          variant: 'unresolved',
          message: `情况说明称${subject}占${c.percent}%，但找不到${!num ? '该项金额' : '作为分母的总额'}，无法核对这一比例。`,
          expected: null,
          actual: `${c.percent}%`,
          evidence: [ev],
        });
        continue;
      }
      // The narrative rarely names the whole: the share is right if it is right against one of the candidates.
      const checks = dens.map((den) => ({ den, r: checkRatio(num.q, den.q, stated) }));
      if (checks.some((x) => x.r.verdict === 'equal' || x.r.verdict === 'zero-base')) continue;
      // Report against the whole that comes closest: the others are likelier not what the text meant.
      const gap = (x: (typeof checks)[number]) => (x.r.exact ? x.r.exact.minus(stated.value).abs().toNumber() : Infinity);
      const best = checks.find((x) => x.r.verdict === 'rounding') ?? [...checks].sort((a, b) => gap(a) - gap(b))[0];
      const r: RatioCheck = best.r;
      const computed = formatPercent(r.exact!, stated.decimals);
      // A mismatch is an error only when both sides are known: the part read with confidence, and a whole
      // that a standard part (基本/项目支出, a 类, a 三公 item …) has. Other figures' wholes are guesses.
      // A whole the words name ('占项目支出的100%') is known whatever the part is.
      const { wholeNamed, coverage } = meaningOfClaim(c);
      if (r.verdict === 'mismatch' && ((c.confidence ?? 1) < CONFIDENT || coverage || ((!meaning || meaning.subject === 'named') && !wholeNamed))) {
        out.push({
          subject,
          variant: 'unresolved',
          message: `情况说明称${subject}占${c.percent}%，${coverage ? '这是绩效评价覆盖的比例，其分母（被评价项目的预算）表中没有' : '但说明没有指明是占哪个总额的比例'}，按${show(num.q)}÷${show(best.den.q)}计算为${formatPercent(r.exact!, Math.max(stated.decimals + 2, 2))}，无法确定是否有误。`,
          expected: computed,
          actual: `${c.percent}%`,
          evidence: uniqueEvidence([ev, ...num.q.evidence, ...best.den.q.evidence]),
        });
        continue;
      }
      const base = {
        subject,
        expected: computed,
        actual: `${c.percent}%`,
        evidence: uniqueEvidence([ev, ...num.q.evidence, ...best.den.q.evidence]),
      };
      const calc = `按${show(num.q)}÷${show(best.den.q)}计算为${formatPercent(r.exact!, Math.max(stated.decimals + 2, 2))}`;
      out.push(
        r.verdict === 'rounding'
          ? { ...base, variant: 'rounding', message: `情况说明称${subject}占${c.percent}%，${calc}，差异在四舍五入误差以内。` }
          : { ...base, message: `情况说明称${subject}占${c.percent}%，${calc}，应为${computed}。` },
      );
    }
    return out;
  },
});
