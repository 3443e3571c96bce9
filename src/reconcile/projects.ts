import { projectFunds, type Amount, type Evidence, type Horizon, type Indicator, type Project } from '../model/index.js';
import { evidenceAt } from './evidence.js';
import { indicatorBareName } from '../vocab/indicator-words.js';

export const HORIZON_NAMES: Record<Horizon, string> = { mid_term: '中期', annual: '年度' };

/** A project's funds for a horizon (the total, else the fiscal part), where a figure is printed. */
export function fundsOf(p: Project, h: Horizon): Amount | null {
  const a = projectFunds(p, h);
  return a && a.text !== null ? a : null;
}

/** Evidence for a labelled field of a project. */
export function fieldEvidence(p: Project, field: string, quote: string | null): Evidence {
  return evidenceAt(p.fieldPlaces[field] ?? p.place, quote);
}

/** An indicator as a reader names it: '数量指标“宣传次数”'. */
export function indicatorLabel(i: Indicator): string {
  return `${i.level2 ?? i.level1 ?? '指标'}“${indicatorBareName(i.name)}”`;
}

/**
 * Indicators once each: the grid prints most of them twice (mid-term and annual side by side); one with the
 * same level, text and target in both is reported once, with both places.
 */
export function distinctIndicators(p: Project): { indicator: Indicator; places: Indicator['place'][] }[] {
  const byKey = new Map<string, { indicator: Indicator; places: Indicator['place'][] }>();
  for (const i of p.indicators) {
    const k = [i.level2 ?? i.level1, indicatorBareName(i.name).replace(/\s+/g, ''), (i.target ?? '').replace(/\s+/g, '')].join('|');
    const e = byKey.get(k);
    if (e) e.places.push(i.place);
    else byKey.set(k, { indicator: i, places: [i.place] });
  }
  return [...byKey.values()];
}
