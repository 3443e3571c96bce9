import type { Amount, DocumentFacts, Flag, Place } from './model/index.js';
import { parseAmountText, toFen } from './util/money.js';

/**
 * The arithmetic knows more than the OCR: when a sum fails by what one doubtful OCR figure explains
 * (an 'ocr-suspect' flag), that cell is read again with other settings. If the readings agree on a
 * different figure, the figure is corrected and the document reconciled again; if they agree on the
 * same figure, it is trusted (and a still-failing sum becomes a finding about the document); if they
 * disagree, the figure stays an OCR suspect.
 */
export interface RereadRequest {
  page: number;
  bbox: [number, number, number, number];
  numeric: boolean;
}
export interface RereadAnswer {
  request: RereadRequest;
  agreed: string | null;
  confidence: number;
}
export type Reread = (requests: RereadRequest[]) => Promise<RereadAnswer[]>;

const samePlace = (a: Place, b: Place) =>
  a.page === b.page && a.bbox !== undefined && b.bbox !== undefined && a.bbox.every((v, i) => Math.abs(v - b.bbox![i]) < 0.5);

/** Doubtful OCR amounts cited by ocr-suspect flags. */
function suspects(facts: DocumentFacts, flags: readonly Flag[]): Amount[] {
  const cited = flags.filter((f) => f.rule === 'ocr-suspect').flatMap((f) => f.evidence);
  const amounts = facts.tables.flatMap((t) => t.lineItems.map((li) => li.amount));
  return amounts.filter((a) => a.confidence !== undefined && a.place.bbox && cited.some((e) => samePlace(e, a.place)));
}

function corrected(a: Amount, answer: RereadAnswer): Amount {
  if (answer.agreed === null) return { ...a, confidence: 0 };
  const parsed = parseAmountText(answer.agreed);
  if (!parsed) return { ...a, confidence: 0 };
  return { ...a, text: parsed.text, decimals: parsed.decimals, fen: toFen(parsed.text, a.unit), confidence: answer.confidence };
}

export async function recheckOcrSuspects(
  facts: DocumentFacts,
  flags: Flag[],
  reread: Reread,
  reconcile: (facts: DocumentFacts) => Flag[],
): Promise<{ facts: DocumentFacts; flags: Flag[]; reread: number }> {
  const doubtful = suspects(facts, flags);
  if (!doubtful.length) return { facts, flags, reread: 0 };
  const answers = await reread(doubtful.map((a) => ({ page: a.place.page!, bbox: a.place.bbox!, numeric: true })));
  const fix = (a: Amount): Amount => {
    const answer = answers.find((x) => samePlace({ page: x.request.page, bbox: x.request.bbox }, a.place));
    return answer && a.confidence !== undefined ? corrected(a, answer) : a;
  };
  const next: DocumentFacts = {
    ...facts,
    tables: facts.tables.map((t) => ({ ...t, lineItems: t.lineItems.map((li) => ({ ...li, amount: fix(li.amount) })) })),
  };
  return { facts: next, flags: reconcile(next), reread: answers.length };
}
