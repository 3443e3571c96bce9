import type { Amount, Evidence, Place } from '../model/index.js';

/** Evidence for a place, with the quoted text when there is one. */
export function evidenceAt(place: Place, quote?: string | null): Evidence {
  const ev: Evidence = { ...place };
  if (quote) ev.quote = quote.length > 200 ? `${quote.slice(0, 199)}…` : quote;
  return ev;
}

/** Evidence for a printed amount: its place and `label 数字` (or `label 空白`). */
export function evidenceOfAmount(a: Amount, label: string): Evidence {
  return evidenceAt(a.place, `${label} ${a.text ?? '空白'}`.trim());
}

/** Appends to `into` each of `more` not already in it (the same object, field for field): one flag that absorbs another keeps both's places. */
export function mergeEvidence(into: Evidence[], more: readonly Evidence[]): void {
  for (const e of more) if (!into.some((x) => JSON.stringify(x) === JSON.stringify(e))) into.push(e);
}

/** Drops repeated evidence (same place and quote), keeping order. */
export function uniqueEvidence(list: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    const k = JSON.stringify([e.page, e.line, e.bbox, e.quote]);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}
