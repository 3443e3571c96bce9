import type { ColumnReport, HypothesisReport, LineItem, ParseReport } from '../../model/index.js';
import type { Item } from '../rows.js';
import { checkIdentities, closingShare } from './identities.js';
import { printedRows } from './table-rows.js';

/** The layouts a table's rows came from: 'ruled', 'stream+ruled', ... */
export function layoutOf(items: readonly Item[]): string {
  const kinds = [...new Set(items.flatMap((i) => (i.kind === 'row' ? [i.strategy] : [])))].sort();
  return kinds.length ? kinds.join('+') : 'text';
}

export interface ReportInput {
  strategy: string;
  items: readonly Item[];
  columns: readonly ColumnReport[];
  lineItems: readonly LineItem[];
  hypotheses?: readonly HypothesisReport[];
  rowsUnread?: number;
  notes?: readonly string[];
}

/** A table's parse report from the reading chosen for it. */
export function parseReportOf(input: ReportInput): ParseReport {
  const identities = checkIdentities(input.lineItems);
  const rows = printedRows(input.lineItems);
  const sources = { printed: 0, recovered: 0, catalogue: 0, none: 0 };
  for (const [li] of rows) {
    if (li.rowKind === 'total' || li.rowKind === 'subtotal') continue;
    if (!li.code) sources.none++;
    else sources[li.codeSource ?? 'printed']++;
  }
  const rowsRead = rows.length;
  const rowsUnread = input.rowsUnread ?? 0;
  const coded = sources.printed + sources.recovered + sources.catalogue;
  const codedShare = coded + sources.none ? coded / (coded + sources.none) : 1;
  const readShare = rowsRead + rowsUnread ? rowsRead / (rowsRead + rowsUnread) : 0;
  const confidence = rowsRead ? closingShare(identities) * readShare * (0.5 + 0.5 * codedShare) : 0;
  return {
    strategy: input.strategy,
    layout: layoutOf(input.items),
    columns: [...input.columns],
    hypotheses: [...(input.hypotheses ?? [])],
    identities,
    rowsRead,
    rowsUnread,
    codeSources: sources,
    confidence: Math.round(confidence * 1000) / 1000,
    notes: [...(input.notes ?? [])],
  };
}
