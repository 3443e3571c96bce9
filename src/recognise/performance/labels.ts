/** Labels of the performance-target form, as printed and as truncated by narrow cells. */

export type FieldKey =
  | 'implementingUnit'
  | 'name'
  | 'period'
  | 'attribute'
  | 'manager'
  | 'phone'
  | 'overview'
  | 'legalBasis'
  | 'funds'
  | 'midTermTotal'
  | 'annualTotal'
  | 'fiscal'
  | 'other'
  | 'unit'
  | 'start'
  | 'end'
  | 'goals'
  | 'midTermGoal'
  | 'annualGoal'
  | 'indicators'
  | 'review';

/** Order matters: 项目实施单位 before the truncated 项目实施时(间). */
const FIELD_LABELS: readonly [FieldKey, RegExp][] = [
  ['implementingUnit', /^项目实施单位/],
  ['name', /^项目名称/],
  ['period', /^项目实施时间?/],
  ['attribute', /^项目属性/],
  ['manager', /^项目负责人/],
  ['phone', /^联系电话/],
  ['overview', /^项目概况/],
  ['legalBasis', /^项目立项(依据)?/],
  // Shanghai's 项目资金总额 is the whole project's (mid-term) sum; a bare 资金总额 is the year's.
  ['midTermTotal', /^(中期|项目)资金总?额/],
  ['funds', /^项目资金/],
  ['annualTotal', /^(年度资金(申请)?总?额|资金总额)/],
  ['fiscal', /^(其中\s*[:：]?\s*)?(当年)?(财政拨款|财政资金)/],
  ['other', /^其他资金/],
  ['unit', /^单位(?=\s*[:：])/],
  // 起/止 alone are too common to be labels; only with a colon or a year after them.
  ['start', /^起(?=\s*[:：]|\s*\d{4})/],
  ['end', /^止(?=\s*[:：]|\s*\d{4})/],
  ['goals', /^总体目标/],
  ['midTermGoal', /^中期目标/],
  ['annualGoal', /^年度目标/],
  ['indicators', /^绩效指标$/],
  ['review', /审核意见$/],
];

export interface FieldLabel {
  key: FieldKey;
  /** The cell's text after the label and its colon ('' when the value is in another cell). */
  rest: string;
}

/** Cells are looked up once per field key; the answer depends on the text alone. */
const labelCache = new Map<string, FieldLabel | null>();

/** The field label a cell starts with, or null. */
export function matchFieldLabel(text: string): FieldLabel | null {
  const cached = labelCache.get(text);
  if (cached !== undefined) return cached;
  const t = text.trim();
  let out: FieldLabel | null = null;
  for (const [key, re] of FIELD_LABELS) {
    const m = re.exec(t);
    if (m) {
      out = { key, rest: t.slice(m[0].length).replace(/^\s*[:：]\s*/, '').trim() };
      break;
    }
  }
  if (labelCache.size > 10_000) labelCache.clear();
  labelCache.set(text, out);
  return out;
}

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;
export type Level1 = (typeof LEVEL1)[number];

/** Canonical 二级指标 with their 一级 and the printed forms (full, without 指标, truncated). */
const LEVEL2: readonly { name: string; level1: Level1; re: RegExp }[] = [
  { name: '数量指标', level1: '产出指标', re: /^数量指标$/ },
  { name: '质量指标', level1: '产出指标', re: /^质量指标$/ },
  { name: '时效指标', level1: '产出指标', re: /^时效指标$/ },
  { name: '成本指标', level1: '产出指标', re: /^成本指标$/ },
  { name: '经济效益指标', level1: '效益指标', re: /^经济效益(指标?)?$/ },
  { name: '社会效益指标', level1: '效益指标', re: /^社会效益(指标?)?$/ },
  { name: '生态效益指标', level1: '效益指标', re: /^(生态|环境|生态环境)效益(指标?)?$/ },
  { name: '可持续影响指标', level1: '效益指标', re: /^可持续影响(指标?)?$/ },
  // Narrow cells cut this one anywhere after 满意: 服务对象满意, 服务对象满意度指.
  { name: '服务对象满意度指标', level1: '满意度指标', re: /^服务对象满意(度(指标?)?)?$/ },
];

/** Leading codes of numbered layouts ('11－数量指标') and spaces. */
function bare(text: string): string {
  return text.replace(/\s+/g, '').replace(/^\d{1,3}[－\-—.、]/, '');
}

/** Canonical 一级指标 of a cell, or null. */
export function matchLevel1(text: string): Level1 | null {
  const t = bare(text);
  return (LEVEL1 as readonly string[]).includes(t) ? (t as Level1) : null;
}

/** Canonical 二级指标 of a cell with its 一级, or null. */
export function matchLevel2(text: string): { name: string; level1: Level1 } | null {
  const t = bare(text);
  const hit = LEVEL2.find((l) => l.re.test(t));
  return hit ? { name: hit.name, level1: hit.level1 } : null;
}

/** The 一级 a canonical 二级 belongs to. */
export function level1Of(level2: string): Level1 | null {
  return LEVEL2.find((l) => l.name === level2)?.level1 ?? null;
}

/** Header words of the indicator grid (一级指标, 三级指标, 指标值 ...): structure, not content. */
export function isHeaderWord(text: string): boolean {
  return /^(绩效指标|[一二三]级指标|指标值)$/.test(bare(text));
}
