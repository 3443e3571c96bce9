import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { distinctIndicators, indicatorLabel } from '../projects.js';
import { saysGrowth } from '../../vocab/indicator-words.js';


export const indicatorPercentOver100 = defineRule({
  meta: {
    id: 'indicator-percent-over-100',
    severity: 'error',
    docTypes: ['budget'],
    description: {
      zh: '满意度、完成率、覆盖率等绩效指标值不可能超过100%（如满意度1000%）。',
      en: 'Satisfaction, completion and coverage targets cannot exceed 100% (e.g. a 1000% satisfaction target).',
    },
    message: '项目“{project}”的{indicator}为{value}，超过100%，无法实现。',
  },
  // Growth and comparison rates may exceed 100%; rates of completion, coverage and satisfaction cannot.
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      for (const { indicator: i, places } of distinctIndicators(p)) {
        for (const text of [i.target ?? '', i.name]) {
          const m = [...text.replace(/\s+/g, '').matchAll(/(\d+(?:\.\d+)?)[%％]/g)].find((x) => Number(x[1]) > 100 && !saysGrowth(text.slice(0, x.index)));
          if (!m) continue;
          out.push({
            subject: p.name,
            message: `项目“${p.name}”的${indicatorLabel(i)}定为${m[0]}，比例不可能超过100%。`,
            expected: '不超过100%',
            actual: m[0],
            evidence: places.map((pl) => evidenceAt(pl, `${i.name} ${i.target ?? ''}`.trim())),
          });
          break;
        }
      }
    }
    return out;
  },
});
