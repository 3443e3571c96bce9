import { LOW_CONFIDENCE, type Amount, type DocumentFacts, type Flag, type Place } from './model/index.js';
import { parseAmountText, toFen } from './util/money.js';

/**
 * The arithmetic knows more than the OCR. When a check fails on figures read by OCR, those cells are read
 * again with the other engine and other settings, and of all the readings of a cell the one is kept with
 * which the document's arithmetic closes (fewer failing checks cite the cell, and none more fail anywhere).
 * A figure no reading makes close is trusted only when every reading agrees with it (the failing check is
 * then a finding about the document); otherwise it carries a low confidence, and a check that fails on it
 * is reported as unresolved, never as an error of the document.
 */
export interface RereadRequest {
  page: number;
  bbox: [number, number, number, number];
  numeric: boolean;
}
export interface RereadAnswer {
  request: RereadRequest;
  /** The text all readings agree on, or null when they disagree. */
  agreed: string | null;
  confidence: number;
  /** Every reading, in the order tried (engines and settings). */
  readings?: { text: string; confidence: number }[];
}
export type Reread = (requests: RereadRequest[]) => Promise<RereadAnswer[]>;

/** At most this many cells are read again per document: a table misread throughout is not re-read cell by cell. */
const MAX_REREAD = 24;
/** The confidence of a figure the arithmetic cannot confirm and the readings do not agree on. */
const UNCONFIRMED = 0.5;

const samePlace = (a: Place, b: Place) =>
  a.page === b.page && a.bbox !== undefined && b.bbox !== undefined && a.bbox.every((v, i) => Math.abs(v - b.bbox![i]) < 0.5);

/** A check that does not hold: a finding, an OCR-suspect note, or a check left unresolved. */
const failing = (f: Flag) => f.severity !== 'info' || f.rule === 'ocr-suspect' || f.rule.endsWith('-unresolved');
const cites = (f: Flag, a: Amount) => f.evidence.some((e) => samePlace(e, a.place));

const ocrAmounts = (facts: DocumentFacts) =>
  facts.tables.flatMap((t) => t.lineItems.map((li) => li.amount)).filter((a) => a.confidence !== undefined && a.place.bbox && a.text !== null);

/** OCR amounts cited by failing checks, least confident first, each once. */
function doubtful(facts: DocumentFacts, flags: readonly Flag[]): Amount[] {
  const bad = flags.filter(failing);
  const out: Amount[] = [];
  for (const a of ocrAmounts(facts)) if (bad.some((f) => cites(f, a)) && !out.some((o) => samePlace(o.place, a.place))) out.push(a);
  return out.sort((x, y) => (x.confidence ?? 1) - (y.confidence ?? 1)).slice(0, MAX_REREAD);
}

/** True when some failing check cites an OCR amount: the re-read loop has something to do. */
export function hasOcrDoubt(facts: DocumentFacts, flags: readonly Flag[]): boolean {
  const bad = flags.filter(failing);
  return bad.length > 0 && ocrAmounts(facts).some((a) => bad.some((f) => cites(f, a)));
}

function withText(a: Amount, text: string, confidence: number): Amount | null {
  const parsed = parseAmountText(text);
  if (!parsed) return null;
  return { ...a, text: parsed.text, decimals: parsed.decimals, fen: toFen(parsed.text, a.unit), confidence };
}

function replaceAt(facts: DocumentFacts, place: Place, next: Amount): DocumentFacts {
  return {
    ...facts,
    tables: facts.tables.map((t) => ({ ...t, lineItems: t.lineItems.map((li) => (samePlace(li.amount.place, place) ? { ...li, amount: next } : li)) })),
  };
}

export async function recheckOcrSuspects(
  facts: DocumentFacts,
  flags: Flag[],
  reread: Reread,
  reconcile: (facts: DocumentFacts) => Flag[],
): Promise<{ facts: DocumentFacts; flags: Flag[]; reread: number }> {
  const cells = doubtful(facts, flags);
  if (!cells.length) return { facts, flags, reread: 0 };
  const answers = await reread(cells.map((a) => ({ page: a.place.page!, bbox: a.place.bbox!, numeric: true })));
  let cur = facts;
  let curFlags = flags;
  const score = (fl: Flag[], a: Amount) => [fl.filter((f) => failing(f) && cites(f, a)).length, fl.filter(failing).length] as const;
  for (const a of cells) {
    const answer = answers.find((x) => samePlace({ page: x.request.page, bbox: x.request.bbox }, a.place));
    if (!answer) continue;
    const readings = answer.readings ?? (answer.agreed !== null ? [{ text: answer.agreed, confidence: answer.confidence }] : []);
    const key = (t: string) => parseAmountText(t)?.text ?? null;
    const [mine, all] = score(curFlags, a);
    let best: { facts: DocumentFacts; flags: Flag[]; cited: number } | null = null;
    for (const text of new Set(readings.map((r) => key(r.text)).filter((t): t is string => t !== null && t !== a.text))) {
      const conf = Math.max(...readings.filter((r) => key(r.text) === text).map((r) => r.confidence));
      // Confirmed by the arithmetic: as sure as a clean reading.
      const next = withText(a, text, Math.max(LOW_CONFIDENCE, conf));
      if (!next) continue;
      const f2 = replaceAt(cur, a.place, next);
      const fl2 = reconcile(f2);
      const [m2, a2] = score(fl2, next);
      if (m2 < mine && a2 < all && (!best || m2 < best.cited)) best = { facts: f2, flags: fl2, cited: m2 };
    }
    if (best) {
      ({ facts: cur, flags: curFlags } = best);
      continue;
    }
    if (mine === 0) continue;
    // No reading closes the arithmetic: the figure stands if every reading agrees with it, else it is unconfirmed.
    const confirmed = readings.length > 0 && readings.every((r) => key(r.text) === a.text);
    const conf = confirmed ? Math.max(a.confidence ?? 0, answer.confidence) : Math.min(a.confidence ?? 0, UNCONFIRMED);
    cur = replaceAt(cur, a.place, { ...a, confidence: conf });
    curFlags = reconcile(cur);
  }
  return { facts: cur, flags: curFlags, reread: answers.length };
}
