import type { Block, Grid, TextLine } from '../../model/layout.js';
import type { SourceDocument, SourcePage } from '../../model/source.js';
import { type LatticeTable, findTables } from '../../geometry/index.js';
import { type Line, groupLines } from './lines.js';
import { splitGluedDecimals } from './glued-decimals.js';
import { paragraphs } from './paragraphs.js';
import { ruledGrids } from './ruled.js';
import { PdfLayoutSettings, type PdfLayoutSettingsInput } from './settings.js';
import { streamGrids } from './stream.js';

/** Every intermediate result of one page, so a debug view can draw them over the page. */
export interface PdfPageLayout {
  page: number;
  tables: LatticeTable[];
  lines: Line[];
  grids: Grid[];
  paragraphs: TextLine[];
  blocks: Block[];
}

const top = (b: Grid | TextLine) => b.place.bbox?.[1] ?? 0;

/** Grids and paragraphs in reading order; consecutive paragraphs form one text block. */
function toBlocks(grids: readonly Grid[], paras: readonly TextLine[]): Block[] {
  const items = [...grids, ...paras].sort((a, b) => top(a) - top(b) || (a.place.bbox?.[0] ?? 0) - (b.place.bbox?.[0] ?? 0));
  const blocks: Block[] = [];
  for (const it of items) {
    const last = blocks[blocks.length - 1];
    if ('kind' in it) blocks.push(it);
    else if (last?.kind === 'text') last.lines.push(it);
    else blocks.push({ kind: 'text', lines: [it] });
  }
  return blocks;
}

/** One page: ruled grids from its ruling lines, stream grids from aligned numbers, then paragraphs. */
export function layoutPdfPage(printed: SourcePage, opts: PdfLayoutSettingsInput | PdfLayoutSettings = {}): PdfPageLayout {
  return layoutPage(printed, PdfLayoutSettings.parse(opts));
}

/** layoutPdfPage with settings already parsed: a document's pages share one parse. */
function layoutPage(printed: SourcePage, s: PdfLayoutSettings): PdfPageLayout {
  // Decimals glued to the next column's amount are split off first, so each piece finds its own cell.
  const page = { ...printed, runs: splitGluedDecimals(printed.runs) };
  const tables = findTables(page.segments);
  const ruled = ruledGrids(page, tables, s.wideGap);
  const lines = groupLines(ruled.rest);
  const stream = streamGrids(lines, page.number, s);
  const paras = paragraphs(stream.rest, page.number, s);
  const grids = [...ruled.grids, ...stream.grids];
  return { page: page.number, tables, lines, grids, paragraphs: paras, blocks: toBlocks(grids, paras) };
}

/** Layout of a PDF (text layer or OCR): blocks page by page. Grids continuing over pages stay per page. */
export function layoutPdfPages(doc: SourceDocument, opts: PdfLayoutSettingsInput = {}): Block[] {
  const s = PdfLayoutSettings.parse(opts);
  return doc.pages.flatMap((p) => layoutPage(p, s).blocks);
}
