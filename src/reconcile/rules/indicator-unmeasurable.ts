import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { distinctIndicators, indicatorLabel } from '../projects.js';
import type { Indicator } from '../../model/index.js';

/** Below this the recogniser doubts its own reading of a vague target (a unit word read as the value). */
const CONFIDENT = 0.5;

/**
 * What the rule makes of an indicator from the kind the recogniser gave its target: 'unmeasurable' for a
 * vague or missing target read with confidence, 'unresolved' for a vague one whose reading is doubtful,
 * null for every other kind (a figure, grade, attainment, comparator, deadline, yes/no, not applicable)
 * and for targets nobody typed.
 */
export function targetVerdict(i: Indicator): 'unmeasurable' | 'unresolved' | null {
  const type = i.targetType;
  if (!type || (type.kind !== 'vague' && type.kind !== 'missing')) return null;
  return type.confidence >= CONFIDENT ? 'unmeasurable' : 'unresolved';
}

/** The target as the flag quotes it. */
const shownTarget = (i: Indicator) => (i.targetType?.kind === 'missing' ? '指标值空缺' : (i.target ?? '').replace(/\s+/g, ''));

export const indicatorUnmeasurable = defineRule({
  meta: {
    id: 'indicator-unmeasurable',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '绩效指标的指标值应可衡量（有数值、单位、比较符或时限），每个项目报告一次，列出不可衡量的指标。',
      en: 'Performance targets are measurable (a number, unit, comparator or date); one flag per project listing the unmeasurable ones.',
    },
    message: '项目“{project}”有{count}个绩效指标的指标值无法衡量，如{examples}。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const judged = distinctIndicators(p).map((d) => ({ ...d, verdict: targetVerdict(d.indicator), why: shownTarget(d.indicator) }));
      const bad = judged.filter((b) => b.verdict === 'unmeasurable');
      const doubtful = judged.filter((b) => b.verdict === 'unresolved');
      const evidence = (xs: typeof judged) =>
        uniqueEvidence(xs.flatMap((b) => b.places.map((pl) => evidenceAt(pl, `${b.indicator.name} ${b.indicator.target ?? ''}`.trim()))));
      if (bad.length) {
        const shown = bad.slice(0, 4).map((b) => `${indicatorLabel(b.indicator)}为“${b.why}”`);
        out.push({
          subject: p.name,
          message: `项目“${p.name}”有${bad.length}个绩效指标的指标值无法衡量（没有数值、单位、比较符或时限），如${shown.join('，')}${bad.length > 4 ? '等' : ''}。`,
          expected: '可衡量的指标值（数值、比较符或时限）',
          actual: bad.map((b) => `${indicatorLabel(b.indicator)}：${b.why}`).join('；'),
          evidence: evidence(bad),
        });
      }
      if (doubtful.length) {
        out.push({
          subject: p.name,
          variant: 'unresolved',
          message: `项目“${p.name}”有${doubtful.length}个绩效指标读到的指标值只是单位或层级词（如${doubtful
            .slice(0, 2)
            .map((b) => `${indicatorLabel(b.indicator)}为“${b.why}”`)
            .join('，')}），可能读错了列，未判断其是否可衡量。`,
          expected: null,
          actual: doubtful.map((b) => `${indicatorLabel(b.indicator)}：${b.why}`).join('；'),
          evidence: evidence(doubtful),
        });
      }
    }
    return out;
  },
});
