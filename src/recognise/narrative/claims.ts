import { Decimal } from 'decimal.js';
import type { Claim, Place, ThreePublicFigure, ThreePublicItem, Unit } from '../../model/index.js';
import { makeAmount } from '../../util/money.js';
import { functionClassCode } from '../function-classes.js';
import { AMOUNT_METRICS, COUNT_METRICS, scopeOf, shareMetric } from './metrics.js';
import { claimMeaningOf } from './meaning.js';

/**
 * Figures stated in the narrative, clause by clause. A sentence like
 * "支出合计 7723.46 万元，其中：基本支出 4618.49 万元，占 59.80%" gives expenditure_total, then
 * basic_expenditure and basic_share (basis expenditure_total); "比2020年增加57.27万元，增长160.42%"
 * gives a yoy_change on the sentence's subject.
 */

const AMOUNT = /(-?\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|元)/;
const PERCENT = /(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?=\s*[%％])|-?\d+(?:\.\d+)?)\s*[%％]/;
const COUNT = /(\d+)\s*(个|辆|台|项)/;
const INCREASE = /增加|增长|上升|提高|多/;
const DECREASE = /减少|下降|降低|压减|减/;
const FLAT = /持平|不变|保持一致/;
const REASON = /主要原因|原因是|原因为|原因：|由于|因为|主要是/;
const COMPARISON = /比\s*(上年|去年|上一年|\d{4}\s*年)|与\s*(上年|去年|上一年|\d{4}\s*年).{0,10}相比|较\s*(上年|去年|\d{4}\s*年)|同比/;
/** A threshold, not a figure: 100万元及100万元以上, 单价50万元以上. */
const THRESHOLD = /^\s*(及\s*\d[\d.,]*\s*万?元)?\s*以上/;
/** Words before a figure that only name the organisation. */
const ORG_PREFIX = /^.*?(局|委员会|办事处|办公室|中心|委(?!托)|院|部门|街道|单位|本部门|我部门)(?=.)/;

export interface NarrativeLine {
  text: string;
  place: Place;
}

/** A bare zero stated as a figure ('…预算为0', '…为零'), as an amount match in 万元. */
function zeroFigure(clause: string): RegExpExecArray | null {
  const m = /(?<=(为|是))\s*(0|零)(?![\d.%％个项辆台人])/.exec(clause);
  if (!m) return null;
  const r = ['0', '0', '万元'] as unknown as RegExpExecArray;
  r.index = m.index;
  r.input = clause;
  return r;
}

function toUnitAmount(raw: string, word: string): { text: string; unit: Unit } {
  const digits = raw.replace(/[,，]/g, '');
  if (word === '亿元') return { text: new Decimal(digits).times(10000).toString(), unit: '万元' };
  return { text: digits, unit: word === '元' ? '元' : '万元' };
}

function directionOf(text: string): Claim['direction'] {
  if (FLAT.test(text)) return 'flat';
  if (INCREASE.test(text)) return 'increase';
  if (DECREASE.test(text)) return 'decrease';
  return null;
}

/** The words naming a figure: the clause before the number, without the department, year and fillers. */
function labelBefore(clause: string, index: number, department: string | null): string {
  let label = clause.slice(0, index);
  if (department) label = label.split(department).join('');
  label = label.replace(/\s+/g, '');
  const withoutOrg = label.replace(ORG_PREFIX, '');
  if (withoutOrg && withoutOrg !== label && !/^(收入|支出)?$/.test('x')) label = withoutOrg;
  return label
    .replace(/\d{4}年度?|本年度?|当年/g, '')
    .replace(/^(其中|主要用于以下方面|具体支出情况如下|包括)/, '')
    .replace(/[:：]$/, '')
    .replace(/(为|是|共计|合计为|总计为|约|达到|安排|共)$/g, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[)）]|^\d+[.、．]|^[一二三四五六七八九十]+、/, '')
    .replace(/[“”"]/g, (m) => m);
}

function metricOf(label: string): string | null {
  // '一般公共预算拨款安排的会议费预算支出': the figure is what the money is spent on, not the fund's total.
  const spentOn = /安排的?(.+)$/.exec(label)?.[1];
  if (spentOn && !/^(支出|收入)/.test(spentOn)) {
    const m = metricOfWords(spentOn);
    return m === 'expenditure_total' || m === 'income_total' || m === null ? 'other_amount' : m;
  }
  return metricOfWords(label);
}

function metricOfWords(label: string): string | null {
  for (const [re, metric] of AMOUNT_METRICS) if (re.test(label)) return metric;
  return null;
}

/** A label that is only a fragment: a sentence whose head the page break cut off ('支出10.05万元，…'). */
const FRAGMENT = /^(支出|收入|万元|元)?$/;

function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？])/).map((s) => s.trim()).filter(Boolean);
}

/** Clauses split on Chinese punctuation and on ASCII separators that are not inside a number. */
function splitClauses(sentence: string): string[] {
  // A colon before a figure ('上年:25.77万元') labels it; elsewhere it separates clauses.
  return sentence.split(/[，；;]|(?<!\d),|[：:](?!\s*-?\d)/).map((s) => s.trim()).filter(Boolean);
}

/** A part of a clause: its words and where they start in the sentence. */
interface ClauseItem {
  text: string;
  from: number;
}

/**
 * '政府采购货物预算3456.6万元、政府采购工程预算0万元、政府采购服务预算4683.6万元': an enumeration is one item per
 * figure. A separator (、 和 及 与) splits only between a figure and the words of the next one, never before a
 * comparison ('与上年相比') or a bare number ('100万元及100万元以上').
 */
const ITEM_BREAK = /(?<=\d\s*(?:亿元|万元|元|[%％]))\s*[、和及与]\s*(?!上年|去年|上一年|年初|同期|本年|\d|以上|以下)/g;

/** 'A、B、C分别为x、y、z万元': the names paired with the figures in order (the unit printed once, at the end). */
function respectively(clause: string): string[] | null {
  const m = /^(.*?)分别(\D*?)(-?\d.*)$/.exec(clause);
  if (!m) return null;
  const names = m[1].split(/[、和及与]/).map((n) => n.trim()).filter(Boolean);
  const unit = /(亿元|万元|元|[%％])[\s。！？]*$/.exec(m[3])?.[1];
  const figures = [...m[3].matchAll(/(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|[%％])?/g)];
  if (!unit || names.length < 2 || names.length !== figures.length) return null;
  // The verb after 分别 (为, 增加 …) belongs to every pair.
  const verb = m[2].trim();
  return names.map((name, i) => `${name}${verb}${figures[i][1]}${figures[i][2] ?? unit}`);
}

function clauseItems(clause: string, from: number): ClauseItem[] {
  const paired = respectively(clause);
  if (paired) return paired.map((text) => ({ text, from }));
  const items: ClauseItem[] = [];
  let start = 0;
  for (const m of clause.matchAll(ITEM_BREAK)) {
    const next = clause.slice(m.index + m[0].length);
    // Only where the next words state a figure of their own, before any further separator.
    if (!AMOUNT.test(next.split(ITEM_BREAK)[0])) continue;
    items.push({ text: clause.slice(start, m.index), from: from + start });
    start = m.index + m[0].length;
  }
  items.push({ text: clause.slice(start), from: from + start });
  return items.filter((i) => i.text.trim());
}

/** A sentence's clauses, each enumeration split into its items. */
function sentenceItems(sentence: string): ClauseItem[] {
  let from = 0;
  return splitClauses(sentence).flatMap((clause) => {
    from = sentence.indexOf(clause, from);
    return clauseItems(clause, from);
  });
}

/**
 * Budget or final, from the phase word nearest the figure: a heading glued before the sentence ('…支出决算情况说明
 * “三公”经费财政拨款支出预算为76.43万元') names the section, the last word names the figure. 一般公共预算 names a fund.
 */
function phaseOf(label: string): Claim['phase'] {
  const words = label.replace(/一般公共预算/g, '').match(/决算|预算/g);
  const last = words?.at(-1);
  return last === '决算' ? 'final' : last === '预算' ? 'budget' : /一般公共预算/.test(label) ? 'budget' : undefined;
}

const PHASE_ONLY = /^(支出)?(年初)?(预算|决算)(数)?$/;

const COUNT_FUNDS: Record<string, string> = {
  project_count: 'project_expenditure',
  large_project_count: 'large_project_funds',
  evaluated_project_count: 'evaluated_funds',
  target_project_count: 'target_project_funds',
};

const FUNCTION_ITEM = /“?([^“”]*?（类）[^“”]*?（款）[^“”]*?（项）)”?/;

export function extractClaims(lines: readonly NarrativeLine[], department: string | null, fiscalYear: number | null = null): Claim[] {
  const claims: Claim[] = [];
  let topic = '';
  let topicScope: Claim['scope'];
  let previousAmount: Claim | null = null;
  let previousTotal: Claim | null = null;
  let unexplained: Claim[] = [];
  let lineOpen = false;
  // The words after the last punctuation of the last unfinished line (page numbers skipped): the head of a
  // sentence the page break cut ('…日常公用支出47,792.58万元，占11.8%；项目' / '5' / '支出106,512.00万元，占26.3%。').
  let openTail = '';
  for (const line of lines) {
    // A heading, alone on its line or joined with the numbered sub-heading after it ('（五）一般公共预算当年拨款情况
    // 说明（详见表5）1.一般公共预算当年拨款规模变化情况。'): its first sentence, when it states no figure.
    const head = line.text.split('。')[0];
    if (/^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^第[一二三四五六七八九十]+部分/.test(line.text) && (line.text.length < 40 || (head.length < 60 && !/\d\s*(万元|元|%|％)/.test(head)))) {
      topic = head;
      topicScope = scopeOf(topic) ?? undefined;
    }
    if (/名词解释/.test(topic)) continue;
    // A line that goes on from an unfinished sentence (a paragraph cut by a page break) keeps its whole.
    if (!lineOpen) {
      previousAmount = null;
      previousTotal = null;
    }
    const continued = lineOpen;
    const cutHead = continued ? openTail : '';
    lineOpen = !/[。！？]\s*$/.test(line.text);
    if (!/^\s*[-—－]?\s*\d{1,4}\s*[-—－]?\s*$/.test(line.text)) openTail = lineOpen ? (line.text.split(/[。！？；;，,：:、]/).at(-1) ?? '').replace(/\s+/g, '') : '';
    const sentences = splitSentences(line.text);
    // The whole the 类 figures of this paragraph are parts of, once a sentence has said it (其中：…).
    let partsOf: string | null = null;
    const firstOfLine = claims.length;
    for (const sentence of sentences) {
      if (!/\d/.test(sentence)) continue;
      const inSentence: Claim[] = [];
      // '比2020年预算数减少5.2万元' may open a new sentence about the previous sentence's figure.
      // It is the previous sentence's main figure that changed, not the last of its parts ('…10,344.71万元，其中：
      // 基本支出8,974.01万元、项目支出1,370.70万元。比上年减少32.61万元').
      // '较大的项目变动，…' opens with 较 but compares nothing.
      let lastAmount: Claim | null = /^((比|较|与)(上年|去年|上一年|\d{4}年|年初)|同比)/.test(sentence.replace(/\s+/g, '')) ? (previousTotal ?? previousAmount) : null;
      const sentenceYear = Number(/^(\d{4})\s*年/.exec(sentence.trim())?.[1] ?? NaN);
      const period: Claim['period'] = fiscalYear && sentenceYear < fiscalYear ? 'prior' : 'current';
      let lastChange: Claim | null = null;
      let lastCount: Claim | null = null;
      const comparing = COMPARISON.test(sentence);
      let beforeMarker = true;
      const add = (c: Omit<Claim, 'text' | 'place' | 'count' | 'period' | 'phase'> & Partial<Pick<Claim, 'count' | 'period' | 'phase' | 'scope' | 'confidence'>>) => {
        const claim: Claim = { count: null, period, ...c, text: sentence, place: line.place };
        if (claim.scope === undefined && clauseScope) claim.scope = clauseScope;
        if (claim.confidence === undefined) claim.confidence = clauseConfidence;
        if (beforeMarker) before.add(claim);
        claims.push(claim);
        inSentence.push(claim);
        return claim;
      };
      // '…预算为 7723.46 万元。主要用于以下方面：…' continues the previous sentence's whole.
      const carried = /^(主要用于|其中|具体|包括)/.test(sentence) ? previousTotal : null;
      // The whole of the parts after 其中/包括 is a figure stated before that word; with none in the
      // sentence ('收入包括：A、B；支出包括：C'), the previous sentence's, never a sibling part.
      const marker = sentence.search(/其中|主要用于|包括/);
      const before = new Set<Claim>();
      const subjectTotal = () => {
        const own = inSentence.find((c) => before.has(c) && c.amount && c.metric !== 'yoy_change' && c.period === 'current');
        return carried ?? own ?? (marker >= 0 ? previousTotal : inSentence.find((c) => c.amount && c.metric !== 'yoy_change' && c.period === 'current'));
      };
      let clauseFrom = 0;
      const items = sentenceItems(sentence);
      const sentenceScope = scopeOf(items[0]?.text ?? '') ?? undefined;
      // A clause that names a fund before a colon opens the parts after it ('其中一般公共预算拨款政府采购504.98万元：政府采购货物
      // 预算480.50万元、…'); siblings of its own enumeration ('一般公共预算拨款…、事业收入…') are not its parts.
      let openedScope: Claim['scope'];
      let clauseScope: Claim['scope'];
      let clauseConfidence = 1;
      let clauseIndex = -1;
      for (const { text: clause, from } of items) {
        clauseIndex++;
        clauseFrom = from;
        // The fund a figure is of: its own words, else those of the clause that opened its parts, else those of
        // the sentence's subject (its first item), else the heading's. Words in between ('收入全部为一般公共预算拨款')
        // describe other figures.
        clauseScope = scopeOf(clause) ?? openedScope ?? sentenceScope ?? topicScope;
        if (/^\s*[：:]/.test(sentence.slice(from + clause.length)) && scopeOf(clause)) openedScope = scopeOf(clause) ?? undefined;
        clauseConfidence = 1;
        beforeMarker = marker < 0 || clauseFrom < marker;
        // '政府性基金拨款支出预算为0': a zero needs no unit to be a figure.
        const a = AMOUNT.exec(clause) ?? zeroFigure(clause);
        const p = PERCENT.exec(clause);
        const n = COUNT.exec(clause);
        const direction = directionOf(clause);
        if (a && THRESHOLD.test(clause.slice(a.index + a[0].length))) {
          // '预算支出100万元及100万元以上项目6个': the amount is a threshold; the clause states a count.
          if (n) {
            const metric = COUNT_METRICS.find(([re]) => re.test(clause.replace(/\s+/g, '')))?.[1] ?? 'other_count';
            lastCount = add({ metric, subject: clause.replace(/\s+/g, ''), basis: null, amount: null, percent: null, direction: null, count: Number(n[1]) });
          }
          continue;
        }
        if (a) {
          const { text, unit } = toUnitAmount(a[1], a[2]);
          const amount = makeAmount(text, unit, line.place);
          let label = labelBefore(clause, a.index, department);
          // The first words of a line that goes on from the previous page are the tail of a sentence whose
          // subject was cut off: '支出10.05万元' may be any item's, unless the cut head is at hand ('项目' + '支出').
          if (continued && sentence === sentences[0] && clauseIndex === 0 && FRAGMENT.test(label)) {
            if (cutHead && cutHead.length <= 12 && !/\d/.test(cutHead)) label = cutHead + label;
            else clauseConfidence = 0.4;
          }
          // A change against last year: 比2020年增加57.27万元 / 收、支总计各增加 1406.9 万元.
          const changeWord = /增加|减少|增长|下降|上升|降低|变化|变动/.test(clause.slice(0, a.index + 2));
          // '人员经费增加187万元' is a change even without 比上年: the change word stands right before the figure.
          const changeRight = /(增加|减少|增长|下降|上升|降低|压减)了?$/.test(label);
          if ((direction !== 'flat' || /变化|变动/.test(clause)) && (direction || /变化|变动/.test(clause)) && (comparing || changeRight || /各(增加|减少)/.test(clause)) && changeWord) {
            // The change's own words name its subject when they can ('一般公共预算收支预算增加…').
            const own = label.replace(/(各)?(增加|减少|增长|下降|上升|降低|变化|变动).*$/, '').replace(/^比.*?(预算数|决算数|年)/, '').replace(/相比$/, '');
            const ownMetric = own ? metricOf(own) : null;
            const basis = ownMetric ?? lastAmount?.metric ?? subjectTotal()?.metric ?? null;
            const subject = ownMetric ? own : (lastAmount?.subject ?? (own || null));
            lastChange = add({ metric: 'yoy_change', subject, basis, amount, percent: p ? p[1] : null, direction });
            continue;
          }
          // The prior year's figure: 上年:25.77万元.
          // 上年结转(结余) is this year's income carried over, not a prior-year figure.
          // Not in the reasons ('主要原因是…上年度安排了经费203.16万元'): figures there are other items'.
          const inReason = REASON.test(sentence.slice(0, clauseFrom));
          if (/^(上年|去年|上一年)度?(年初)?(预算|决算|执行)?数?$|上年(预算)?数?$/.test(label) && !inReason && lastAmount) {
            add({ metric: lastAmount.metric, subject: lastAmount.subject, basis: lastAmount.basis, amount, percent: null, direction: null, period: 'prior' });
            continue;
          }
          const fn = FUNCTION_ITEM.exec(clause);
          let subject: string | null = fn ? fn[1] : label || null;
          let metric: string | null = fn ? 'function_item_amount' : null;
          // '年初预算为0.95万元，支出决算为0.00万元': the second figure is the same item's other phase.
          const phase = phaseOf(label);
          if (!metric && PHASE_ONLY.test(label) && lastAmount) {
            metric = lastAmount.metric;
            subject = lastAmount.subject;
          }
          // '支出项目共23个，支出总额3104.97万元': the amount belongs to the count just stated.
          if (!metric && lastCount && inSentence[inSentence.length - 1] === lastCount && /支出总额|资金|总额|金额/.test(label)) {
            metric = COUNT_FUNDS[lastCount.metric] ?? lastCount.metric.replace(/_count$/, '_funds');
          }
          if (!metric && functionClassCode(label)) metric = 'function_class_amount';
          metric ??= metricOf(label);
          if (!metric && /收支总计|收支/.test(label)) metric = 'expenditure_total';
          metric ??= 'other_amount';
          if (metric.startsWith('three_public') || metric === 'admin_running_cost' || metric === 'function_class_amount') subject = label || subject;
          // A part of a whole only after 其中 / 主要用于 / 包括; siblings ('收入…，支出…') have no basis.
          const partOf = /其中|主要用于|包括|主要包括/.test(sentence.slice(0, clauseFrom + 4));
          // '…其中：一般公共服务支出3.00万元，主要用于…。公共安全支出40230.95万元，…': the next 类 of the paragraph is a
          // further part of the same whole, though its own sentence does not repeat 其中.
          const whole = partOf ? subjectTotal() : undefined;
          const basis = partOf ? (whole?.metric ?? null) : metric === 'function_class_amount' && clauseIndex === 0 ? partsOf : null;
          // A part of a whole of its own kind ('政府采购预算总额…，其中：政府采购货物预算…') keeps that whole; the same
          // words again ('支出…，其中支出…') are the same figure, not a part.
          const sameKindPart = basis === metric && whole !== undefined && whole !== null && whole.subject !== subject && metric !== 'function_class_amount';
          const counted = lastCount && inSentence[inSentence.length - 1] === lastCount ? lastCount.count : null;
          lastAmount = add({ metric, subject, basis: basis === metric && !sameKindPart ? null : basis, amount, percent: null, direction: null, count: counted, ...(phase ? { phase } : {}) });
          previousAmount = lastAmount;
          if (p && /占/.test(clause)) add({ metric: shareMetric(metric), subject, basis: lastAmount.basis, amount, percent: p[1], direction: null });
          continue;
        }
        if (p) {
          if (direction && lastChange && !lastChange.percent) {
            lastChange.percent = p[1];
            lastChange.direction ??= direction;
            continue;
          }
          if (/占/.test(clause) && lastAmount) {
            // '占一般公共预算项目支出总额的100%' names its own whole.
            const named = /占(.{2,30}?)的?\s*-?\d/.exec(clause.replace(/\s+/g, ''))?.[1];
            const basis = (named && metricOf(named.replace(/总额|总计|合计/g, ''))) || lastAmount.basis;
            // The share is as sure as the figure it is of.
            add({ metric: shareMetric(lastAmount.metric), subject: lastAmount.subject, basis, amount: lastAmount.amount, percent: p[1], direction: null, confidence: Math.min(clauseConfidence, lastAmount.confidence ?? 1) });
            continue;
          }
          if (direction && comparing) {
            lastChange = add({ metric: 'yoy_change', subject: lastAmount?.subject ?? null, basis: lastAmount?.metric ?? null, amount: null, percent: p[1], direction });
            continue;
          }
          add({ metric: 'other_percent', subject: labelBefore(clause, p.index, department) || null, basis: null, amount: null, percent: p[1], direction });
          continue;
        }
        if (n && !/\d{4}年/.test(clause.slice(n.index, n.index + 6))) {
          const label = clause.replace(/\s+/g, '');
          const metric = COUNT_METRICS.find(([re]) => re.test(label) || re.test(sentence.slice(0, clauseFrom + clause.length)))?.[1];
          if (metric) lastCount = add({ metric, subject: label, basis: null, amount: null, percent: null, direction: null, count: Number(n[1]) });
        }
      }
      previousTotal = inSentence.find((c) => c.amount && c.metric !== 'yoy_change') ?? previousTotal;
      const lastClass = inSentence.filter((c) => c.metric === 'function_class_amount').at(-1);
      if (lastClass) partsOf = lastClass.basis;
    }
    // A change's reason is often its own sentence ('…增加1406.9万元。主要原因：机构改革…'), or the
    // next paragraph when that one only gives reasons ('财政拨款收入支出增加的主要原因是项目调整。').
    if (unexplained.length && REASON.test(sentences[0] ?? '') && !/\d/.test(sentences[0].replace(/\d{4}年/g, ''))) {
      for (const c of unexplained) c.reason = sentences[0].slice(0, 300);
    }
    unexplained = [];
    for (const c of claims.slice(firstOfLine)) {
      if (c.metric !== 'yoy_change') continue;
      const own = REASON.exec(c.text);
      const later = sentences.slice(sentences.indexOf(c.text) + 1).find((t) => REASON.test(t));
      const reason = own ? c.text.slice(own.index) : later;
      if (reason) c.reason = reason.slice(0, 300);
      else unexplained.push(c);
    }
  }
  // Every claim's typed meaning, once its reason is attached: what reconcile compares it by.
  for (const c of claims) c.meaning = claimMeaningOf(c);
  return claims;
}

const THREE_PUBLIC_METRIC: Record<string, ThreePublicItem> = {
  three_public_total: 'total',
  three_public_outbound: 'outbound',
  three_public_reception: 'reception',
  three_public_vehicle_total: 'vehicle_total',
  three_public_vehicle_purchase: 'vehicle_purchase',
  three_public_vehicle_operation: 'vehicle_operation',
};

/** The 三公 figures the narrative states, as three_public rows with source 'narrative'. */
export function narrativeThreePublic(claims: readonly Claim[], isFinalDoc: boolean): ThreePublicFigure[] {
  return claims
    .filter((c) => THREE_PUBLIC_METRIC[c.metric] && c.amount)
    .map((c) => {
      const final = c.phase ? c.phase === 'final' : isFinalDoc;
      return { c, period: (c.period === 'prior' ? (final ? 'prior_final' : 'prior_budget') : final ? 'final' : 'budget') as ThreePublicFigure['period'] };
    })
    .map(({ c, period }) => ({
      source: 'narrative' as const,
      period,
      item: THREE_PUBLIC_METRIC[c.metric],
      amount: c.amount!,
      text: c.text,
    }));
}
