import { DocumentResult, type DocumentFacts, type Flag } from './model/index.js';
import { ingestDocument, isIngestError } from './ingest/index.js';
import { sha256Of, type ProcessSettings } from './process-settings.js';
import { layoutDocument } from './layout/index.js';
import { recogniseDocument } from './recognise/index.js';
import { hasOcrDoubt, recheckOcrSuspects } from './ocr-recheck.js';
import { reconcileDocument } from './reconcile/index.js';
import { ruleSelected } from './pipeline.js';

export { readSourceFile } from './ingest/index.js';
// Settings and the key live apart (the batch's process needs them without the stages); kept here for callers.
export { defaultSettings, sha256Of, type ProcessSettings } from './process-settings.js';

function sentence(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0].slice(0, 300);
}

/**
 * One document, start to finish: a pure function from bytes to facts and flags. It touches no
 * database and no shared state, so the same call runs in a worker thread here and on another
 * machine behind a queue later; the single writer stores what it returns.
 */
export async function processDocument(path: string, bytes: Uint8Array, settings: ProcessSettings): Promise<DocumentResult> {
  const timings: Record<string, number> = {};
  const base = { path, sha256: sha256Of(bytes), bytes: bytes.byteLength, pipeline: settings.pipeline.name, flags: [] as Flag[] };
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round((performance.now() - t0) * 10) / 10;
    }
  };

  let source;
  try {
    source = await timed('ingest', () => ingestDocument(bytes, path, settings.ingest));
  } catch (e) {
    const error = isIngestError(e) ? e.message : `The file could not be read: ${sentence(e)}`;
    return DocumentResult.parse({ ...base, status: 'failed', error, sourceKind: null, pages: null, facts: null, timings });
  }
  const pages = source.pages.length;
  let facts: DocumentFacts;
  let emptyPages: number[];
  try {
    const layout = await timed('layout', () => layoutDocument(source));
    emptyPages = layout.emptyPages;
    facts = await timed('recognise', () => recogniseDocument(layout, settings.pipeline.recognisers));
  } catch (e) {
    return DocumentResult.parse({
      ...base, status: 'failed', error: `The document was read but could not be recognised: ${sentence(e)}`,
      sourceKind: source.sourceKind, pages, facts: null, timings,
    });
  }
  const { meta } = facts;
  if (!meta.isDisclosure || meta.isTemplate) {
    const error = meta.isTemplate
      ? 'The document is a blank template (placeholders such as XX and no figures), not a department’s disclosure.'
      : (meta.reason ?? 'The document is not a budget or final-accounts disclosure.');
    return DocumentResult.parse({ ...base, status: 'not_budget', error, sourceKind: source.sourceKind, pages, facts, timings });
  }
  // The ocr-suspect hook reports for the sum rules that use it, so the pipeline's filter still applies to its flags.
  const reconcile = (f: DocumentFacts) =>
    reconcileDocument(f, (id) => ruleSelected(settings.pipeline, id)).filter((fl) => ruleSelected(settings.pipeline, fl.rule));
  let flags = await timed('reconcile', () => reconcile(facts));
  // Facts and flags were validated where they were made (recognise, reconcile); a re-read changes figures.
  let validated = true;
  if (source.pages.some((p) => p.textLayer === 'ocr') && hasOcrDoubt(facts, flags)) {
    const { rereadCells } = await import('./ingest/ocr/index.js');
    const checked = await timed('reread', () => recheckOcrSuspects(facts, flags, (requests) => rereadCells(bytes, requests), reconcile));
    ({ facts, flags } = checked);
    validated = checked.reread === 0;
  }
  // A narrative-only part of a disclosure (its tables published as a separate file) is read completely.
  const found = facts.tables.length + facts.projects.length + (facts.claims.length >= 5 ? 1 : 0);
  // A blank separator page is normal; many pages without text mean content went unread.
  const unreadable = source.sourceKind !== 'text' && emptyPages.length > Math.max(1, pages * 0.1) ? emptyPages : [];
  // A standard table found but not read is named, never passed over as empty (an 'other' table, such as a
  // project list, gets its table-unread note but does not make the reading of the standard set partial).
  const unread = facts.tables.filter((t) => t.readStatus === 'unread' && t.kind !== 'other');
  const status = found === 0 || unreadable.length || unread.length ? 'partial' : 'ok';
  const reasons = [
    found === 0 ? 'No budget table or performance grid could be recognised in the document.' : null,
    unreadable.length ? `${unreadable.length} page(s) had no readable text (${unreadable.slice(0, 10).join(', ')}${unreadable.length > 10 ? ', …' : ''}).` : null,
    unread.length
      ? `${unread.length} table(s) print figures that could not be read: ${unread.slice(0, 5).map((t) => `${t.title} (p. ${t.pageFrom ?? t.place.page ?? '?'})`).join('; ')}${unread.length > 5 ? '; …' : ''}.`
      : null,
  ].filter((r): r is string => r !== null);
  const error = reasons.length ? reasons.join(' ') : null;
  const fields = { ...base, status, error, sourceKind: source.sourceKind, pages, timings };
  // Validating facts a second time cost ~1.5% of a corpus ingest: only the result's own fields are checked then.
  return validated ? { ...ResultFields.parse(fields), facts, flags } : DocumentResult.parse({ ...fields, facts, flags });
}

/** A result's own fields, without the facts and flags it carries. */
const ResultFields = DocumentResult.omit({ facts: true, flags: true });
