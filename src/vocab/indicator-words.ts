/**
 * The words of performance indicators, as data: the numbering printed before an indicator's name, and the
 * words that make a percentage a growth or comparison rate (which may exceed 100%).
 */

/** '指标1：' or '1:' before an indicator's name. */
const NAME_NUMBERING = /^(指标\d*[:：]|\d+[:：])\s*/;

/** An indicator's name without the numbering printed before it. */
export function indicatorBareName(name: string): string {
  return name.replace(NAME_NUMBERING, '');
}

/** Words that make a rate a growth or comparison rate. */
const GROWTH_WORDS = /增长|增幅|提高|提升|增加|同比|环比|超过/;

/** True when the text before a percentage says it is a growth or comparison rate. */
export function saysGrowth(text: string): boolean {
  return GROWTH_WORDS.test(text);
}
