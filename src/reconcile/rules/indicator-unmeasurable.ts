import { defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt, uniqueEvidence } from '../evidence.js';
import { distinctIndicators, indicatorLabel } from '../projects.js';
import type { Indicator } from '../../model/index.js';
import { isAttainmentTarget } from '../attainment-targets.js';

/** A target that says the indicator does not apply: not vague, just not applicable. */
const NOT_APPLICABLE = /^(无|不涉及|无影响|不适用|无经济效益|本项目不涉及.{0,8}|本项目不产生.{0,8}|对环境无不利影响)$/;
/** A yes/no target: measurable by checking. */
const YES_NO = /^(是|否|有|达标)$/;
/**
 * The prescribed forms of a qualitative target (指标性质 定性): a grade on the 优/良/中/差 scale, or
 * attained/not attained. They are checked by the evaluator, not vague.
 */
const GRADE = /^(优|良|中|差|优良|优秀|良好|较好|好|一般|合格|达标|达到|完成|已完成|全部完成|符合|满足|是|否)$/;

/**
 * The three-level grade Beijing's forms give a qualitative indicator (高/中/低, the unit column's 其他 at times
 * glued on): the prescribed form where the grid says 定性; elsewhere 高 is a direction word.
 */
const LEVEL_GRADE = /^(高|中|低|较高)(其他)?$/;

/** A grade followed by the unit column's word (优 | 其他, 优 | 项) or by a comment (优，通过全部专家评审). */
const GRADE_THEN = /^(优|良|中|差|优良|优秀|良好|较好|好|合格|达标|通过)(其他|等级|级|人|人次|条|个|项|次|份|本|件|台|套|种|所|家|篇|期|场|天|月|年|分|%)?([，,；;。（(].*)?$/;
/** A deadline is a measurable target: 年底前完成, 6月底前. */
const DEADLINE = /(年底|年末|月底|年内|当年|上半年|下半年|季度末)前?(完成|实现|到位)?$/;
/**
 * A comparator against a figure the reader can look up (the budget, the approved headcount, the standard):
 * 不超过预算, 实际支出不超预算金额, 控制在预算范围内, ≦核定人数. Checkable against the project's funds.
 */
const AGAINST_REFERENCE =
  /^(实际支出|项目支出|预算成本|支出|成本)?(不超过?|不超出|不大于|不高于|不低于|不少于|控制在|≤|≦|≥|≧|<|>|＜|＞)[^，,；;。]{0,8}(预算|批复|核定|标准|计划|定额)[^，,；;。]{0,8}$/;
/** Pass/fail scoring stated as the target: 合规得满分，不合规不得分. */
const PASS_FAIL = /得满分.{0,12}不得分|达到得满分|是得满分/;
/** Satisfaction grades (满意 / 基本满意 / 非常满意): the prescribed answer of a 满意度 indicator. */
const SATISFACTION = /^(非常|比较|较为|基本)?满意$/;

/** Header words read as an indicator row (二级指标 | 三级指标 | 本年绩效指标值 …): not an indicator at all. */
const HEADER = /^(三级指标|指标值|绩效指标值|本年绩效指标值.*|定性|定量)$/;

/** Why a target cannot be measured (the target as printed), or null when it can: a number, a date, a grade, yes/no. */
export function unmeasurable(i: Indicator): string | null {
  if (HEADER.test(i.name.replace(/\s+/g, ''))) return null;
  const t = (i.target ?? '').replace(/\s+/g, '');
  if (HEADER.test(t) || GRADE_THEN.test(t) || DEADLINE.test(t)) return null;
  if (AGAINST_REFERENCE.test(t) || PASS_FAIL.test(t) || SATISFACTION.test(t)) return null;
  if (!t) return /\d/.test(i.name) || NOT_APPLICABLE.test(i.name.replace(/\s+/g, '')) || /不涉及/.test(i.name) ? null : '指标值空缺';
  if (/\d/.test(t) || YES_NO.test(t) || NOT_APPLICABLE.test(t)) return null;
  // 符合…标准, 按要求完成, 及时足额发放: attained or not against a named reference, whatever the grid says.
  if (isAttainmentTarget(t)) return null;
  // A grade is the prescribed form of a qualitative target; attained / not attained (达到…, 符合…, 完成…)
  // only where the grid says 定性, since elsewhere '完成' stands in for a missing rate.
  const attainment = /^(达到|完成|已完成|全部完成|按时完成|符合|满足|通过)/.test(t);
  if (GRADE.test(t) && !attainment) return null;
  if (attainment && i.nature === 'qualitative' && t.length <= 12) return null;
  if (LEVEL_GRADE.test(t) && i.nature === 'qualitative') return null;
  return t;
}

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
      const bad = distinctIndicators(p).flatMap(({ indicator, places }) => {
        const why = unmeasurable(indicator);
        return why ? [{ indicator, places, why }] : [];
      });
      if (!bad.length) continue;
      const shown = bad.slice(0, 4).map((b) => `${indicatorLabel(b.indicator)}为“${b.why}”`);
      out.push({
        subject: p.name,
        message: `项目“${p.name}”有${bad.length}个绩效指标的指标值无法衡量（没有数值、单位、比较符或时限），如${shown.join('，')}${bad.length > 4 ? '等' : ''}。`,
        expected: '可衡量的指标值（数值、比较符或时限）',
        actual: bad.map((b) => `${indicatorLabel(b.indicator)}：${b.why}`).join('；'),
        evidence: uniqueEvidence(bad.flatMap((b) => b.places.map((pl) => evidenceAt(pl, `${b.indicator.name} ${b.indicator.target ?? ''}`.trim())))),
      });
    }
    return out;
  },
});
