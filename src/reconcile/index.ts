import { Flag, type DocumentFacts } from '../model/index.js';

/** Reconcile stage: a document's facts to flags. The rule catalogue lives in ./rules. */
export function reconcileDocument(_facts: DocumentFacts): Flag[] {
  return [];
}
