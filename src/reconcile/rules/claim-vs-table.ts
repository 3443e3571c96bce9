import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { claimMeaning, claimQuantity, claimSubject, isFigure, isLevel, meaningKey, namesItsFigure, tableFigures } from '../claims.js';
import { compare, matchesAfterTenThousand, show } from '../quantity.js';
import { checkPair } from '../sums.js';
import { uniqueEvidence } from '../evidence.js';
import { CONFIDENT, type Claim } from '../../model/index.js';
import type { Meaning } from '../claims.js';

/**
 * A narrative that states the same kind of figure with three or more values (项目支出 142,220.85, 2,149.05, …)
 * speaks of its units or items one by one: which statement is the department's is not known. Figures of other
 * money (a 类 of all funds, of 财政拨款, of 一般公共预算) are other figures, not more values of this one.
 */
function manyValues(claims: readonly Claim[], c: Claim, meaning: Meaning): string | null {
  const key = meaningKey(meaning);
  const values = new Set(claims.filter((x) => isLevel(x) && (x.scope ?? null) === (c.scope ?? null) && claimMeaning(x) && meaningKey(claimMeaning(x)!) === key).map((x) => x.amount!.fen));
  return values.size >= 3 ? `说明中这类数字出现了${values.size}个不同的值，像是分单位或分项目的数字，不能确定哪一个是全部门的` : null;
}

/**
 * Why a mismatch cannot be called an error: the claim's words were not read with confidence, or they do not
 * say which money the figure is of while the table they are matched with holds general-budget money only.
 */
function doubtAbout(c: Claim, meaning: Meaning): string | null {
  if ((c.confidence ?? 1) < CONFIDENT) return '这句话的开头不在本页，数字所指不能确定';
  // A figure under a 政府性基金 / 国有资本经营 heading is that fund's part of the 类, not its total.
  if ((c.scope === 'gov_fund' || c.scope === 'soe') && !isFigure(meaning, 'gov_fund_total') && !isFigure(meaning, 'soe_total')) {
    return '说明指的是政府性基金或国有资本经营预算的数字，表中的数字含全部资金';
  }
  if ((isFigure(meaning, 'personnel') || isFigure(meaning, 'public_funds')) && c.scope !== 'gpb' && c.scope !== 'fiscal') {
    return '说明没有指明这是一般公共预算的数字，表中只有一般公共预算基本支出';
  }
  return null;
}

export const claimVsTable = defineRule({
  meta: {
    id: 'claim-vs-table',
    severity: 'error',
    docTypes: BOTH,
    description: {
      zh: '情况说明中的每个金额（收支总计、基本支出和项目支出、各类支出、人员经费和公用经费等）应与表中含义相同的数字一致。',
      en: 'Every amount stated in the narrative (totals, basic and project expenditure, each 类, personnel and public funds) equals the table cell with the same meaning.',
    },
    message: '情况说明中的{subject}（{stated}）与{where}（{table}）不一致。',
  },
  check(facts, ctx) {
    const out: FlagDraft[] = [];
    const narrative3p = facts.threePublic.some((f) => f.source === 'narrative');
    for (const c of facts.claims) {
      if (!isLevel(c)) continue;
      const meaning = claimMeaning(c);
      if (!meaning || meaning.subject === 'named' || !namesItsFigure(facts, c)) continue;
      // 三公 figures read from the narrative are checked by three-public-text-vs-table.
      if (meaning.subject === 'three_public' && narrative3p) continue;
      const figs = tableFigures(facts, ctx, meaning);
      const cq = claimQuantity(c, c.text);
      if (!figs.length || !cq) continue;
      if (figs.some((f) => compare(cq, f.q) === 'equal')) continue;
      // A fund read from the sentence's words may be the income's ('收入全部为一般公共预算拨款…；支出包括：…'): a 类
      // figure that equals the 类 in another fund's table or column is consistent with one reading of them.
      if (meaning.subject === 'function_class' && meaning.fund && tableFigures(facts, ctx, { ...meaning, fund: null }).some((f) => compare(cq, f.q) === 'equal')) continue;
      // A figure that matches only after x10,000 is a unit slip, reported by unit-confusion.
      if (figs.some((f) => matchesAfterTenThousand(cq, f.q))) continue;
      const fig = figs.find((f) => compare(cq, f.q) === 'rounding') ?? figs[0];
      const subject = claimSubject(c, meaning);
      const mismatch = compare(cq, fig.q) === 'mismatch';
      const doubt = mismatch ? doubtAbout(c, meaning) ?? manyValues(facts.claims, c, meaning) : null;
      // A mismatch that a doubt about the claim, or a table without a stated unit, explains is not a finding.
      const why = doubt ? `${fig.where}（${show(fig.q)}）核对：${doubt}` : mismatch && !fig.unitStated ? `${fig.where}核对：该表没有注明金额单位` : null;
      if (why) {
        out.push({
          subject,
          variant: 'unresolved',
          message: `情况说明中的${subject}（${show(cq)}）无法与${why}。`,
          expected: show(fig.q),
          actual: show(cq),
          evidence: uniqueEvidence([...cq.evidence, ...fig.q.evidence]),
        });
        continue;
      }
      const d = checkPair({ subject, what: '', aLabel: fig.where, bLabel: `情况说明中的${subject}`, a: fig.q, b: cq });
      if (d) out.push(d);
    }
    return out;
  },
});
