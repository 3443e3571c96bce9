import type { DocumentFacts, Period, ThreePublicFigure, ThreePublicItem } from '../model/index.js';
import { fromAmount, sumOf, type Quantity } from './quantity.js';

export const ITEM_NAMES: Record<ThreePublicItem, string> = {
  total: '“三公”经费合计',
  outbound: '因公出国（境）费',
  reception: '公务接待费',
  vehicle_total: '公务用车购置及运行费',
  vehicle_purchase: '公务用车购置费',
  vehicle_operation: '公务用车运行维护费',
};

export const PERIOD_NAMES: Record<Period, string> = {
  budget: '预算',
  final: '决算',
  prior_budget: '上年预算',
  prior_final: '上年决算',
};

/** Where a set of 三公 figures was stated: '“三公”经费表' or '“三公”经费说明'. */
export function sourceName(source: ThreePublicFigure['source']): string {
  return source === 'table' ? '“三公”经费表' : '“三公”经费说明';
}

/** The 三公 figures of one source and period, by item (the first stated when an item is repeated). */
export function threePublicGroups(facts: DocumentFacts): { source: ThreePublicFigure['source']; period: Period; items: Partial<Record<ThreePublicItem, ThreePublicFigure>> }[] {
  const groups = new Map<string, { source: ThreePublicFigure['source']; period: Period; items: Partial<Record<ThreePublicItem, ThreePublicFigure>> }>();
  for (const f of facts.threePublic) {
    const k = `${f.source}|${f.period}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { source: f.source, period: f.period, items: {} }));
    g.items[f.item] ??= f;
  }
  return [...groups.values()];
}

/** The 三公 table's figure for an item and period (vehicles as purchase + operation when not printed). */
export function tableThreePublic(facts: DocumentFacts, item: ThreePublicItem, period: Period): Quantity | null {
  const g = threePublicGroups(facts).find((x) => x.source === 'table' && x.period === period);
  if (!g) return null;
  const f = g.items[item];
  if (f) return fromAmount(f.amount, `${f.text}（“三公”经费表）`);
  if (item === 'vehicle_total' && (g.items.vehicle_purchase || g.items.vehicle_operation)) {
    const parts = [g.items.vehicle_purchase, g.items.vehicle_operation].flatMap((x) => (x ? [fromAmount(x.amount, `${x.text}（“三公”经费表）`)] : []));
    return sumOf(parts, ITEM_NAMES.vehicle_total);
  }
  return null;
}
