import type { LatticeTable } from '../../geometry/index.js';
import type { Bbox } from '../../model/place.js';
import type { TextRun } from '../../model/source.js';
import { parseAmountText } from '../../util/money.js';
import { cleanNumber, cleanText, commasReadAsPoints, looksNumeric, NUMERIC_WHITELIST } from './clean.js';
import { cellImage, lineCrops, type CellImage, type CropSettings } from './crop.js';
import { readLines } from './paddle.js';
import type { OcrPool } from './pool.js';
import { readImage, type ReadResult } from './recognise.js';
import type { PageStructure } from './structure.js';

/** One table cell as read: its text per line as runs (PDF points), and the cell's confidence. */
export interface CellReading {
  row: number;
  col: number;
  colSpan: number;
  bbox: Bbox;
  text: string;
  confidence: number;
  numeric: boolean;
  runs: TextRun[];
}

export function cropSettings(st: PageStructure): CropSettings {
  const thick = Math.max(1, ...st.lines.map((l) => l.thickness));
  // The rule's half-width: erasing whitens the rule's stroke and its halo but keeps a glyph that touches it, and
  // a wider inset cuts into right-aligned figures that touch the rule (a 0 loses its right side and reads as C).
  return { inset: Math.ceil(thick / 2), minInk: Math.round(12 * (st.scale / (200 / 72)) ** 2), targetLineHeight: 36 };
}

const pxBox = (b: Bbox, scale: number): Bbox => [b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale];

/** Runs in PDF points from what the recogniser read in a cell image. */
function toRuns(read: ReadResult, img: CellImage, st: PageStructure, numeric: boolean): TextRun[] {
  const toPt = (x: number, y: number): [number, number] => [(img.originX + x / img.factor) / st.scale, (img.originY + y / img.factor) / st.scale];
  return read.lines.flatMap((l) => {
    const raw = l.words.map((w) => w.text).join(' ');
    const text = numeric ? cleanNumber(raw) : cleanText(raw);
    if (!text) return [];
    const [x0, y0] = toPt(l.bbox[0], l.bbox[1]);
    const [x1, y1] = toPt(l.bbox[2], l.bbox[3]);
    const confidence = Math.min(...l.words.map((w) => w.confidence));
    return [{ text, x: x0, y: y0, width: x1 - x0, height: y1 - y0, fontSize: y1 - y0, confidence: Math.max(0, Math.min(1, confidence)) }];
  });
}

/** Which recogniser reads table cells: PP-OCRv4 (ONNX) by default, tesseract.js the alternative. */
export type OcrEngine = 'paddle' | 'tesseract';

/** Cells read by PP-OCRv4, one line image per text line, all lines of the table in one call (batched). */
async function readCellsPaddle(st: PageStructure, imgs: CellImage[]): Promise<{ read: ReadResult; runs: TextRun[] }[]> {
  // Not imgs.map(lineCrops): map would pass the index as the margin share.
  const crops = imgs.map((img) => lineCrops(img));
  const readings = await readLines(crops.flat().map((c) => c.image));
  let k = 0;
  return imgs.map((img, i) => {
    const lines = crops[i].map((c) => {
      const r = readings[k++];
      const bbox: [number, number, number, number] = [0, c.top, img.image.width, c.bottom];
      return { words: r.text ? [{ text: r.text, bbox, confidence: r.confidence }] : [], bbox };
    }).filter((l) => l.words.length);
    const all = lines.flatMap((l) => l.words);
    // Every line band holds ink: one read as nothing (the lone last digit of a wrapped figure) leaves the
    // cell's reading incomplete, whatever the other lines scored.
    const complete = lines.length === crops[i].length;
    const read: ReadResult = { lines, text: all.map((w) => w.text).join('\n'), confidence: all.length && complete ? Math.min(...all.map((w) => w.confidence)) : 0 };
    return { read, runs: toRuns(read, img, st, false) };
  });
}

async function readCell(pool: OcrPool, st: PageStructure, img: CellImage, numeric: boolean): Promise<{ read: ReadResult; runs: TextRun[] }> {
  const read = await readImage(pool, img.image, {
    psm: img.lineCount > 1 ? 'block' : 'line',
    whitelist: numeric ? NUMERIC_WHITELIST : '',
  });
  return { read, runs: toRuns(read, img, st, numeric) };
}

const joined = (runs: TextRun[], numeric: boolean) => (numeric ? runs.map((r) => r.text).join('') : cleanText(runs.map((r) => r.text).join(' ')));

/** Figures read with less confidence than this are read again with digits only (a good read scores ~0.9). */
const REREAD_BELOW = 0.8;
/** PP-OCRv4 scores a good figure 0.9 and more; below this it was unsure of a character or read a line as nothing. */
const PADDLE_REREAD_BELOW = 0.5;

/** A reading that is a clean printed amount. */
const isAmount = (t: string) => parseAmountText(t) !== null;

/**
 * Reads every non-blank cell of a table. First pass: the engine with its open character set; a column
 * whose cells are mostly figures is numeric, and its figure cells that did not read as a clean amount are
 * read again with digits and separators only.
 */
export async function readTableCells(pool: OcrPool, st: PageStructure, table: LatticeTable, engine: OcrEngine = 'paddle'): Promise<CellReading[]> {
  const settings = cropSettings(st);
  const cropped = table.cells.flatMap((cell) => {
    const img = cellImage(st.clean, st.ink, pxBox(cell.bbox, st.scale), settings);
    return img ? [{ cell, img }] : [];
  });
  const reads =
    engine === 'paddle'
      ? await readCellsPaddle(st, cropped.map((c) => c.img))
      : await Promise.all(cropped.map((c) => readCell(pool, st, c.img, false)));
  const first = cropped.map((c, i) => ({ ...c, ...reads[i] }));
  const numericCols = new Set<number>();
  for (let col = 0; col < table.colCount; col++) {
    const mine = first.filter((f) => f.cell.col === col && f.cell.colSpan === 1);
    // Judged after the look-alike repairs: '0.OC' (O for 0, a 0 cut by the rule) is a figure.
    const figures = mine.filter((f) => looksNumeric(cleanNumber(joined(f.runs, false))));
    if (figures.length >= 2 && figures.length >= mine.length / 2) numericCols.add(col);
  }
  const figureRows = rowsOfFigures(first.map((f) => ({ row: f.cell.row, colSpan: f.cell.colSpan, text: joined(f.runs, false) })));
  const cells = await Promise.all(
    first.map(async (f): Promise<CellReading> => {
      // A cell with ink read as nothing in a column of figures is a figure the engine missed (a narrow '11'
      // gives the line recogniser two bars and no context): it is read again with digits only, as a figure.
      const unread = !f.runs.length;
      const numeric = (numericCols.has(f.cell.col) || figureRows.has(f.cell.row)) && f.cell.colSpan === 1 && (unread || looksNumeric(cleanNumber(joined(f.runs, false))));
      let runs = numeric ? f.runs.map((r) => ({ ...r, text: cleanNumber(r.text) })) : f.runs;
      let confidence = f.read.confidence;
      const text0 = joined(runs, numeric);
      // A figure that is not a clean amount, or read with low confidence (a line read as nothing), is read
      // again by tesseract with digits only. The better reading is kept.
      if (numeric && (!isAmount(text0) || confidence < (engine === 'tesseract' ? REREAD_BELOW : PADDLE_REREAD_BELOW))) {
        const again = await readCell(pool, st, f.img, true);
        const text1 = joined(again.runs, true);
        const better = (isAmount(text1) && !isAmount(text0)) || (isAmount(text1) === isAmount(text0) && again.read.confidence > confidence);
        if (better) {
          runs = again.runs;
          confidence = again.read.confidence;
        }
      }
      return {
        row: f.cell.row,
        col: f.cell.col,
        colSpan: f.cell.colSpan,
        bbox: f.cell.bbox,
        text: joined(runs, numeric),
        confidence,
        numeric,
        runs,
      };
    }),
  );
  return lostFirstNumeral(commasReadAsPoints(cells));
}

const NUMBERED = /^[一二三四五六七八九十]+、/;

/**
 * The first label of a numbered column read without its numeral, or with another: '、一般公共预算拨款收入',
 * '一般公共预算拨款收入' or '三、一般公共预算拨款收入' right above '二、政府性基金预算拨款收入'. The one-stroke 一,
 * blurred lighter than the strokes after it, is the numeral the line model drops (with its 、 at times) or
 * makes a 三 of with the grain around it; 二 and 三 have strokes enough. The label right above the column's
 * 二、 is its 一、 when no label above it is numbered 一、 and it shows a numeral lost: a leading 、, another
 * numeral, or a 一 without its 、. An unnumbered label there (the last sub-item of 一、, a repeated header) is
 * left alone.
 */
function lostFirstNumeral(cells: CellReading[]): CellReading[] {
  const fixed = new Set<CellReading>();
  for (const second of cells.filter((c) => c.text.startsWith('二、'))) {
    const first = cells.find((c) => c.col === second.col && c.row + 1 === second.row);
    if (!first?.runs.length || first.text.startsWith('一、')) continue;
    if (cells.some((c) => c.col === second.col && c.row < first.row && c.text.startsWith('一、'))) continue;
    if (/^、/.test(first.text) || /^[三四五六七八九十]+、/.test(first.text) || /^一(?!、)/.test(first.text)) fixed.add(first);
  }
  // What follows the numeral: a 一 read without its 、 is the numeral itself unless 一般 follows (一、一般…).
  const rest = (t: string) => t.replace(NUMBERED, '').replace(/^、/, '').replace(/^一(?=一)/, '');
  return cells.map((c) => {
    if (!fixed.has(c)) return c;
    const [run, ...more] = c.runs;
    return { ...c, text: `一、${rest(c.text)}`, runs: [{ ...run, text: `一、${rest(run.text)}` }, ...more] };
  });
}

/**
 * Rows whose cells are mostly figures (three or more, and at least half the row's cells): their figure cells
 * are numeric whatever their column holds. A one-row table (the 三公 table: one row of figures under its
 * header) has a single figure in each column, too few to call the column numeric, and its figures would
 * skip the repairs and the digits-only re-read ('9.957.583785' for 9,957.583785).
 */
function rowsOfFigures(cells: readonly { row: number; colSpan: number; text: string }[]): Set<number> {
  const rows = new Set<number>();
  for (const row of new Set(cells.map((c) => c.row))) {
    const mine = cells.filter((c) => c.row === row && c.colSpan === 1);
    const figures = mine.filter((c) => looksNumeric(cleanNumber(c.text)));
    if (figures.length >= 3 && figures.length >= mine.length / 2) rows.add(row);
  }
  return rows;
}
