import { findTables, type LatticeTable } from '../../geometry/index.js';
import type { SourcePage } from '../../model/source.js';
import { readTableCells, type CellReading } from './cells.js';
import type { OcrPool } from './pool.js';
import { readTextRegions } from './regions.js';
import type { PageImage } from './render.js';
import { analysePage, type PageStructure } from './structure.js';

/** A page read by OCR, with the intermediate results kept for debugging and re-reading. */
export interface OcrPageResult {
  page: SourcePage;
  structure: PageStructure;
  tables: LatticeTable[];
  cells: CellReading[];
}

/**
 * Structure first (straighten, rules -> segments -> lattice tables), then recognition of what the grid says
 * is there: each cell on its own, the rest of the page as text blocks.
 */
export async function ocrPageImage(pool: OcrPool, img: PageImage, pageNumber: number): Promise<OcrPageResult> {
  const structure = analysePage(img.gray, img.dpi);
  const tables = findTables(structure.segments);
  const [cellLists, textRuns] = await Promise.all([
    Promise.all(tables.map((t) => readTableCells(pool, structure, t))),
    readTextRegions(pool, structure, tables.map((t) => t.bbox)),
  ]);
  const cells = cellLists.flat();
  const runs = [...textRuns, ...cells.flatMap((c) => c.runs)].sort((a, b) => a.y - b.y || a.x - b.x);
  return {
    page: {
      number: pageNumber,
      width: img.widthPt,
      height: img.heightPt,
      textLayer: 'ocr',
      runs,
      segments: structure.segments,
      lines: [],
    },
    structure,
    tables,
    cells,
  };
}
