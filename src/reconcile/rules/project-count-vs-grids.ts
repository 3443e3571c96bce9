import { Decimal } from 'decimal.js';
import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { claimQuantity } from '../claims.js';
import { compare, fromAmount, show, sumOf } from '../quantity.js';
import { fundsOf } from '../projects.js';
import { FEN_PER_UNIT } from '../../util/money.js';
import { largeProjectThresholdWan } from '../../vocab/project-words.js';

/** '100万元及100万元以上项目' -> 100万元 in fen. */
function threshold(text: string): Decimal | null {
  const wan = largeProjectThresholdWan(text);
  return wan ? new Decimal(wan).times(FEN_PER_UNIT['万元']) : null;
}

export const projectCountVsGrids = defineRule({
  meta: {
    id: 'project-count-vs-grids',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '情况说明中的项目个数和金额（如“支出项目共23个”“100万元以上项目6个，支出总额2759.6万元”）应与绩效目标表一致。',
      en: 'Project counts and amounts stated in the narrative (23 projects; 6 projects of 1M yuan or more totalling 27.596M) agree with the performance-target grids.',
    },
    message: '情况说明称{what}，绩效目标表中为{actual}。',
  },
  check(facts) {
    if (!facts.projects.filter((p) => p.scope !== 'department').length) return [];
    const out: FlagDraft[] = [];
    const withFunds = facts.projects.filter((p) => p.scope !== 'department').map((p) => ({ p, a: fundsOf(p, 'annual') }));
    for (const c of facts.claims) {
      if (c.period !== 'current') continue;
      const ev = evidenceAt(c.place, c.text);
      if (c.metric === 'project_count' && c.count !== null && c.count !== facts.projects.filter((p) => p.scope !== 'department').length) {
        out.push({
          subject: '项目个数',
          message: `情况说明称支出项目共${c.count}个，绩效目标表列出了${facts.projects.filter((p) => p.scope !== 'department').length}个项目。`,
          expected: `${c.count}个`,
          actual: `${facts.projects.filter((p) => p.scope !== 'department').length}个`,
          evidence: [ev],
        });
      }
      if (c.metric !== 'large_project_count' || c.count === null) continue;
      const limit = threshold(c.text) ?? threshold(c.subject ?? '');
      if (!limit) continue;
      const large = withFunds.filter((x) => x.a && x.a.fen !== null && new Decimal(x.a.fen).gte(limit));
      const names = large.map((x) => `“${x.p.name}”`).join('、');
      if (large.length !== c.count) {
        out.push({
          subject: `${limit.div(FEN_PER_UNIT['万元'])}万元以上项目`,
          message: `情况说明称${limit.div(FEN_PER_UNIT['万元'])}万元及以上的项目有${c.count}个，绩效目标表中有${large.length}个（${names}）。`,
          expected: `${c.count}个`,
          actual: `${large.length}个`,
          evidence: [ev],
        });
        continue;
      }
      const funds = facts.claims.find((x) => x.metric === 'large_project_funds' && x.text === c.text && x.amount?.text);
      const stated = funds && claimQuantity(funds);
      if (!stated) continue;
      const sum = sumOf(large.map((x) => fromAmount(x.a!, `${x.p.name} 年度资金总额`)), '', stated.unit);
      if (compare(stated, sum) !== 'mismatch') continue;
      out.push({
        subject: `${limit.div(FEN_PER_UNIT['万元'])}万元以上项目`,
        message: `情况说明称${c.count}个大额项目支出总额${show(stated)}，绩效目标表中这些项目（${names}）的年度资金合计${show(sum, 2)}。`,
        expected: show(sum, 2),
        actual: show(stated),
        evidence: [ev, ...sum.evidence],
      });
    }
    return out;
  },
});
