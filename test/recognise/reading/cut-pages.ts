import { readFileSync } from 'node:fs';
import { IngestOptions, ingestDocument } from '../../../src/ingest/index.js';
import { layoutDocument } from '../../../src/layout/index.js';
import type { BudgetTable, DocumentFacts, LaidOutDocument, LineItem } from '../../../src/model/index.js';
import { recogniseDocument } from '../../../src/recognise/index.js';
import { corpusFile, cutPdf } from '../../../scripts/lib/corpus.js';

/** A few pages of a real corpus PDF, cut at test time with pdf-lib (the project stores no cut), laid out. */
export async function laidOutPages(rel: string, pages: readonly number[]): Promise<LaidOutDocument> {
  const bytes = await cutPdf(new Uint8Array(readFileSync(corpusFile(rel))), pages);
  const source = await ingestDocument(bytes, rel, IngestOptions.parse({ ocr: 'never' }));
  return layoutDocument(source);
}

/** Those pages recognised as a document of their own. */
export async function recognisePages(rel: string, pages: readonly number[]): Promise<DocumentFacts> {
  return recogniseDocument(await laidOutPages(rel, pages));
}

/** The line item of a row (by code or name) and measure. */
export function itemOf(table: BudgetTable, row: { code?: string | null; name?: string }, measure = 'total'): LineItem | undefined {
  return table.lineItems.find(
    (li) => (row.code === undefined || li.code === row.code) && (row.name === undefined || li.name === row.name) && li.measure === measure,
  );
}

/** Identities of the table's parse report that were checked, with how many closed. */
export function identities(table: BudgetTable): Record<string, [number, number]> {
  return Object.fromEntries((table.parse?.identities ?? []).map((r) => [r.identity, [r.satisfied, r.checked]]));
}
