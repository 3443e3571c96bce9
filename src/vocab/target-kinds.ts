import type { TargetKind } from '../model/index.js';

/**
 * The vocabulary of performance targets (指标值), once, as data: which printed forms state which kind of
 * target (see TargetKind). Every entry is a regular-expression source matched against the target with its
 * whitespace removed; `whole` entries must match all of it, `head` entries the start of its first clause
 * (the text before the first ，；。), so that the same words inside a sentence of intents
 * (进一步提高…水平，确保按要求完成) do not make it checkable. The recogniser (performance/target-type.ts)
 * types every target with it; the rules read only the kind.
 */
export interface TargetCue {
  kind: TargetKind;
  /** Names the entry in the parse report. */
  cue: string;
  /** Matched against the whole target, or against the head of its first clause. */
  scope: 'whole' | 'head';
  pattern: string;
  /** Only where the grid marks the indicator 定性 (高/中/低 is a grade there, a direction word elsewhere). */
  qualitativeOnly?: true;
}

/** Numerals written in Chinese, for counts and frequencies (一年一次, 至少一次, 每个园区各一份). */
const CN_NUM = '[一二两三四五六七八九十百千万半]';
/** Measure words a count is stated in. */
const COUNTER = '(次|个|份|项|场|期|人|名|位|天|日|周|月|年|篇|本|件|台|套|种|所|家|条|轮|季度|批次|人次)';
/** A short subject a clause may open with before the verb (仪器设备经检定, 项目成果, 销售额和客流量等指标). */
const SUBJECT = '[^，,；;。]{0,12}?';
/** What a target can be checked against: a requirement, standard, rulebook, plan or contract. */
const REFERENCE = '(要求|标准|规定|规范|规程|办法|条例|细则|导则|制度|定额|等级|等次|目标|合同|方案|程序)';

export const TARGET_CUES: readonly TargetCue[] = [
  // ---- not applicable, yes/no
  { kind: 'not_applicable', cue: 'not-applicable', scope: 'whole', pattern: '(无|不涉及|无影响|不适用|无经济效益|本项目不涉及.{0,8}|本项目不产生.{0,8}|对环境无不利影响)' },
  { kind: 'yes_no', cue: 'yes-no', scope: 'whole', pattern: '(是|否|有|达标)' },

  // ---- figures in words: a rank, a count or a frequency without Arabic digits
  { kind: 'number', cue: 'rank', scope: 'whole', pattern: `(排名|位列|位居|名列)?(全[国省市区]|本[省市区])?(前|第)${CN_NUM}+(名|位)?(以内)?` },
  { kind: 'number', cue: 'count-in-words', scope: 'head', pattern: `(至少|不少于|不低于)?${CN_NUM}+${COUNTER}` },
  { kind: 'number', cue: 'count-each', scope: 'head', pattern: `${SUBJECT}各${CN_NUM}+${COUNTER}` },
  { kind: 'number', cue: 'frequency', scope: 'head', pattern: `${SUBJECT}每(年|月|周|季度?|半年|日|天)|一(年|月|周|季度|半年)(至少)?${CN_NUM}+次` },

  // ---- deadlines
  { kind: 'deadline', cue: 'deadline-word', scope: 'whole', pattern: '.*(年底|年末|月底|年内|当年|上半年|下半年|季度末)前?(完成|实现|到位)?' },
  { kind: 'deadline', cue: 'within-set-time', scope: 'head', pattern: `(在|于)?${SUBJECT}(计划|规定|要求|约定|合同|预计)的?(时间|时限|期限|工期|时间节点)(内|前)?` },
  { kind: 'deadline', cue: 'on-schedule', scope: 'head', pattern: '按照?(预计|规定|计划|要求)?的?(时间|时限|时间节点|节点|进度)[^，,；;。]{0,4}(完成|提交|报送)' },

  // ---- comparators against a base or a reference (checkable against last year, the budget, the standard)
  { kind: 'comparator', cue: 'comparator-sign', scope: 'head', pattern: `${SUBJECT}(≤|≦|≥|≧|<|>|＜|＞)` },
  {
    kind: 'comparator', cue: 'against-reference', scope: 'head',
    pattern: `(实际支出|项目支出|预算成本|支出|成本|采购成本|全年总?支出|实际支出金额)?(不超过?|不超出|不大于|不高于|不低于|不少于|控制在)[^，,；;。]{0,16}(预算|批复|核定|标准|计划|定额|范围)[^，,；;。]{0,8}`,
  },
  { kind: 'comparator', cue: 'not-above', scope: 'whole', pattern: '(不超|不超支|未超支|不超预算)' },
  {
    kind: 'comparator', cue: 'against-base', scope: 'head',
    pattern: `${SUBJECT}(较|比|高于|低于|优于|快于|慢于|不低于|不高于|多于|少于|大于|小于)(上一?年度?|去年|同期|往年|前一?年|基期|${SUBJECT}前|${SUBJECT}(平均水平|平均值|均值|时间进度))`,
  },

  // ---- grades of a scale
  { kind: 'grade', cue: 'grade-word', scope: 'whole', pattern: '(效果|成效|作用|质量|情况|状况|评价|等级)?(优|良|中|差|优良|优秀|良好|较好|好|一般|合格)' },
  { kind: 'grade', cue: 'grade-then-unit', scope: 'whole', pattern: `(优|良|中|差|优良|优秀|良好|较好|好|合格|达标|通过)(其他|等级|级|分|%|${COUNTER})?([，,；;。（(].*)?` },
  { kind: 'grade', cue: 'grade-or-better', scope: 'head', pattern: `${SUBJECT}["“]?(优秀|良好|优良|合格|[A-Ea-e甲乙丙一二三四五]级|[A-Ea-e]类)["”]?(及|或)?以上` },
  { kind: 'grade', cue: 'rating-class', scope: 'whole', pattern: '(不低于)?[一二三四五甲乙丙A-Ea-e]级([一二三四甲乙丙]类)?(园|等保|标准)?' },
  { kind: 'grade', cue: 'level-grade', scope: 'whole', pattern: '(高|中|低|较高|较低)(其他)?', qualitativeOnly: true },
  { kind: 'grade', cue: 'satisfaction', scope: 'whole', pattern: '(非常|比较|较为|基本)?满意' },

  // ---- attainment of a qualitative indicator: done, complies, passes, nothing went wrong, qualified
  {
    kind: 'attainment', cue: 'complies', scope: 'head',
    pattern: `(确保|保证)?${SUBJECT}(符合|满足|达到)[^，,；;。]{0,22}${REFERENCE}`,
  },
  { kind: 'attainment', cue: 'named-rulebook', scope: 'head', pattern: '["“]?《[^》]{2,40}(办法|标准|规范|规程|导则|方案|规定|条例|细则|指南|意见|要求)' },
  // carried out per a named reference: 按照…《…会议费管理办法》的通知中会议费标准执行 (开展… stays a procedure)
  {
    kind: 'attainment', cue: 'per-reference', scope: 'head',
    pattern: `${SUBJECT}(按照?|依据|根据|参照)[^，,；;。]{0,40}?${REFERENCE}[^，,；;。]{0,2}(执行|完成|发放|拨付|支付|处理|落实|到位)`,
  },
  { kind: 'attainment', cue: 'per-reference-then-done', scope: 'whole', pattern: `按照?[^，,；;。]{0,16}(规定|要求)[，,]${SUBJECT}完成.*` },
  { kind: 'attainment', cue: 'done', scope: 'head', pattern: '(全部|如期|按时|按期|顺利|严格|高质量|保质保量|圆满|已)?完成' },
  { kind: 'attainment', cue: 'done-as-planned', scope: 'head', pattern: '按照?(要求|规定|计划|时|期|合同|标准|进度|程序)[^，,；;。]{0,4}(完成|发放|拨付|支付|出版|提供|执行|实施|开展|落实|到位)' },
  { kind: 'attainment', cue: 'paid-in-full', scope: 'head', pattern: `${SUBJECT}(及时|按时|按月)?(足额|全额)(将${SUBJECT})?(发放|发给|拨付|支付|到位)` },
  { kind: 'attainment', cue: 'on-time-action', scope: 'head', pattern: `${SUBJECT}(及时|按时|准时|如期|按期)(完成|处理|办结|发放|拨付|支付|提供|上报|报送|出版|到位|举办|修复)` },
  { kind: 'attainment', cue: 'held', scope: 'whole', pattern: '(成功|如期|按期|顺利)(举办|召开|出版|开通|上线|交付)|按期出版|安装[^，,；;。]{0,8}设施' },
  { kind: 'attainment', cue: 'passes', scope: 'head', pattern: `${SUBJECT}通过[^，,；;。]{0,8}(验收|评审|审核|审查|检查|考核|评估|认证)` },
  { kind: 'attainment', cue: 'passes-check', scope: 'head', pattern: `(确保|保证)?${SUBJECT}(验收|检测|检验|考核|质量|抽查)?(合格|达标)` },
  { kind: 'attainment', cue: 'zero-event', scope: 'head', pattern: `(安全)?${SUBJECT}(无|零|未|不)(发生|出现|检出|受到|延误|事故|破损|违规|违纪|投诉|差错|失误|拖欠)` },
  { kind: 'attainment', cue: 'qualification', scope: 'head', pattern: `(具备|具有|持有)${SUBJECT}(资质|资格|证书|证|聘书|职称)|${SUBJECT}(副高|正高|副教授|教授|中级|高级|一级${SUBJECT}资质)(及)?以上(职称)?|[一二三]级${SUBJECT}资质` },
  { kind: 'attainment', cue: 'attained-word', scope: 'whole', pattern: '(正常|正常保障|正常运转|正常运行|保障到位|到位|及时|准时|按时|及时处理|及时到位|实现|符合|达到|已完成|满足|通过|准确无误|按时提供)' },
  // a short 达到/完成 of a stated level where the grid says 定性 (达到全国性学术会议); a need (满足…需求) names no level
  {
    kind: 'attainment', cue: 'attained-level', scope: 'whole', qualitativeOnly: true,
    pattern: '(达到|完成|已完成|全部完成|按时完成|符合|满足|通过)(?![^，,；;。]*(需求|需要))[^，,；;。]{0,10}',
  },
  { kind: 'attainment', cue: 'pass-fail-scoring', scope: 'whole', pattern: '.*(得满分.{0,12}不得分|达到得满分|是得满分|完成得分.{0,6}未完成不得分).*' },
];

/**
 * Direction words with no base or measure (提升, 进一步加强, 明显改善, 持续推进): a first clause holding one is
 * vague whatever else it says, so no attainment or grade entry is tried on it.
 */
export const DIRECTION_WORDS =
  '(提升|提高|加强|增强|改善|改进|促进|优化|推进|推动|完善|扩大|深化|深入|强化|巩固|显著|明显|有效|有所|逐步|逐年|持续|不断|进一步|得到|稳步|大幅|积极)';

/** Header words read as an indicator row (二级指标 | 三级指标 | 本年绩效指标值 …): not an indicator at all. */
export const HEADER_WORDS = '(三级指标|指标值|绩效指标值|本年绩效指标值.*|定性|定量)';

/**
 * A target that is only a unit word (万元, 分钟, %, 台) or a level label is a reading fault (the unit column
 * or another column read as the value), not what the grid prints as a target.
 */
export const MISREAD_TARGET = '(万元|元|%|％|‰|个|次|人|人次|台|套|台/套|项|份|天|月|年|分钟|小时|平方米|公里|米|吨|户|家|所|批次|其他|产出指标|效益指标|满意度指标|成本指标)';
