import { CLAIM_AMOUNT_WORDS, CLAIM_COUNT_WORDS, FUND_WORDS } from '../../vocab/figure-words.js';

/** What a narrative figure is, from the words before it (the lexicon's figure phrases, first match wins). */
export const AMOUNT_METRICS = CLAIM_AMOUNT_WORDS;

/** Share metric of an amount metric: basic_expenditure -> basic_share. */
export function shareMetric(metric: string): string {
  if (metric === 'basic_expenditure') return 'basic_share';
  if (metric === 'project_expenditure') return 'project_share';
  return metric.replace(/_(amount|expenditure|total)$/, '') + '_share';
}

export const COUNT_METRICS = CLAIM_COUNT_WORDS;

/** Which money a figure is of, from the words of its label or of the heading above it. */
export function scopeOf(words: string): 'gpb' | 'gov_fund' | 'soe' | 'fiscal' | null {
  return FUND_WORDS.find(([re]) => re.test(words))?.[1] ?? null;
}
