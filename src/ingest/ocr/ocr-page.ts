import { findTables, type LatticeTable } from '../../geometry/index.js';
import type { SourcePage } from '../../model/source.js';
import type { Gray } from './bitmap.js';
import { readTableCells, type CellReading, type OcrEngine } from './cells.js';
import type { OcrPool } from './pool.js';
import { uprightStructure, type Orientation } from './orientation.js';
import { readTextRegions } from './regions.js';
import type { PageImage } from './render.js';
import { analysePage, type PageStructure } from './structure.js';

/** A page read by OCR, with the intermediate results kept for debugging and re-reading. */
export interface OcrPageResult {
  page: SourcePage;
  structure: PageStructure;
  tables: LatticeTable[];
  cells: CellReading[];
  /** The clockwise turn that made the page upright; places are on the upright page. */
  orientation: Orientation;
}

/**
 * A page with almost no dark pixels (a separator page in a text PDF): nothing to read, and no reason to
 * start recognition workers for it.
 */
function isBlank(g: Gray): boolean {
  let dark = 0;
  for (let i = 0; i < g.data.length; i += 3) if (g.data[i] < 128) dark++;
  return dark < 30;
}

/**
 * Structure first (straighten, rules -> segments -> lattice tables), then recognition of what the grid says
 * is there: each cell on its own, the rest of the page as text blocks.
 */
export async function ocrPageImage(pool: OcrPool, img: PageImage, pageNumber: number, engine: OcrEngine = 'paddle'): Promise<OcrPageResult> {
  const blank = isBlank(img.gray);
  // Orientation before anything else: a sideways page has its rules and lines the wrong way round.
  const { orientation, structure } = blank
    ? { orientation: 0 as const, structure: analysePage({ width: 1, height: 1, data: new Uint8Array([255]) }, img.dpi) }
    : await uprightStructure(img.gray, img.dpi);
  const sideways = orientation === 90 || orientation === 270;
  const tables = findTables(structure.segments);
  const [cellLists, textRuns] = await Promise.all([
    Promise.all(tables.map((t) => readTableCells(pool, structure, t, engine))),
    readTextRegions(pool, structure, tables.map((t) => t.bbox), engine),
  ]);
  const cells = cellLists.flat();
  const runs = [...textRuns, ...cells.flatMap((c) => c.runs)].sort((a, b) => a.y - b.y || a.x - b.x);
  return {
    page: {
      number: pageNumber,
      width: sideways ? img.heightPt : img.widthPt,
      height: sideways ? img.widthPt : img.heightPt,
      textLayer: 'ocr',
      runs,
      segments: structure.segments,
      lines: [],
    },
    structure,
    tables,
    cells,
    orientation,
  };
}
