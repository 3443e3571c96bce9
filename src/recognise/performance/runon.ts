import type { Indicator, Place } from '../../model/index.js';
import { level1Of, matchLevel1, matchLevel2 } from './labels.js';

/**
 * Indicators run into one cell (Guangzhou): '1.1－产出指标，11－数量指标，项目专职环保员数量；实施周期指标值：
 * ≦核定人数，年度指标值：≦核定人数；2、1－产出指标，12－质量指标，…'. Items start with an enumerator
 * ('1.', '2、') right before a level-1 code; each gives a mid-term (实施周期) and an annual (年度) target.
 */
const ITEM_START = /(?:^|(?<=[;；。，,]))\s*\d{1,2}\s*[.、．]\s*(?=\d\s*[－\-—])/g;
const LEVELS = /^\s*\d\s*[－\-—]\s*([^，,；;]+?)\s*[，,]\s*\d{2}\s*[－\-—]\s*([^，,；;]+?)\s*[，,]\s*/;
const MID = /实施周期指标值\s*[：:]?/;
const ANNUAL = /年度指标值\s*[：:]?/;

/** Separators and spaces around a piece of a run-on cell; a space after a comparator is a wrapped line ('≥ 90%'). */
const trimPiece = (s: string) =>
  s
    .replace(/^[\s，,；;。]+|[\s，,；;。]+$/g, '')
    .replace(/([≥≤≦≧><＞＜=＝])\s+/g, '$1')
    .trim();

export interface RunOnItem {
  level1: string;
  level2: string;
  name: string;
  midTerm: string | null;
  annual: string | null;
}

/** The items of a run-on cell; text that does not parse as an item is dropped. */
export function runOnItems(text: string): RunOnItem[] {
  const out: RunOnItem[] = [];
  for (const piece of text.split(ITEM_START)) {
    const levels = LEVELS.exec(piece);
    if (!levels) continue;
    const rest = piece.slice(levels[0].length);
    const mid = MID.exec(rest);
    const annual = ANNUAL.exec(rest);
    const nameEnd = Math.min(mid?.index ?? rest.length, annual?.index ?? rest.length);
    const midText = mid ? rest.slice(mid.index + mid[0].length, annual && annual.index > mid.index ? annual.index : rest.length) : null;
    const annualText = annual ? rest.slice(annual.index + annual[0].length) : null;
    const l2 = matchLevel2(levels[2]);
    out.push({
      level1: matchLevel1(levels[1]) ?? (l2 ? level1Of(l2.name) : null) ?? levels[1],
      level2: l2?.name ?? levels[2],
      name: trimPiece(rest.slice(0, nameEnd)),
      midTerm: midText === null ? null : trimPiece(midText) || null,
      annual: annualText === null ? null : trimPiece(annualText) || null,
    });
  }
  return out;
}

/** Indicators of a run-on cell, mid-term and annual for each item, all placed at the cell. */
export function runOnIndicators(text: string, place: Place): Indicator[] {
  return runOnItems(text).flatMap((it) => {
    const base = { level1: it.level1, level2: it.level2, name: it.name, place };
    const out: Indicator[] = [];
    if (it.midTerm !== null) out.push({ ...base, horizon: 'mid_term', target: it.midTerm });
    if (it.annual !== null || it.midTerm === null) out.push({ ...base, horizon: 'annual', target: it.annual });
    return out;
  });
}
