import type { Block, GridRow, LaidOutDocument, Place, TextLine } from '../model/index.js';

/**
 * Recognisers read a document as one sequence of items: narrative lines and grid rows, in reading
 * order, each with its place. Tables are found in that sequence, not in single layout blocks,
 * because a table often spans several blocks (pages, blank lines, continuation headers).
 */
export type Item =
  | { kind: 'line'; text: string; place: Place; blockIndex: number }
  | { kind: 'row'; row: GridRow; place: Place; blockIndex: number; strategy: string };

export function itemsOf(doc: LaidOutDocument): Item[] {
  const items: Item[] = [];
  doc.blocks.forEach((b: Block, blockIndex) => {
    if (b.kind === 'text') {
      b.lines.forEach((l: TextLine) => items.push({ kind: 'line', text: l.text, place: l.place, blockIndex }));
    } else {
      b.rows.forEach((row) => items.push({ kind: 'row', row, place: row.place, blockIndex, strategy: b.strategy }));
    }
  });
  return items;
}

/** Non-empty cell texts of a row. */
export function filled(row: GridRow): string[] {
  return row.cells.map((c) => c.text).filter((t) => t !== '');
}

/** The text an item shows when read as a line (a row with one filled cell reads as that cell). */
export function itemText(item: Item): string {
  return item.kind === 'line' ? item.text : filled(item.row).join(' ');
}

/** A row with a single filled cell is a line of text that happens to sit in a grid. */
export function isLoneCell(item: Item): boolean {
  return item.kind === 'row' && filled(item.row).length === 1;
}

/** Label cells of a numbering row: 栏次, or the '**' some templates print (a scan reads a blurred asterisk as ＊, ※ or 米). */
const NUMBERING_LABEL = /^(栏次|行次|栏|次|[*＊※米]+)$/;
const MARK = /^\d{1,2}$/;

/** The 栏次 row some tables print under the header: 1 2 3 4 ... (column numbers, not amounts). */
export function isColumnNumberRow(row: GridRow): boolean {
  // '**' marks the label columns of the numbering row in some templates (Hangzhou 表5, Xi'an 表7); a scan's
  // OCR reads a blurred asterisk as ＊, ※ or 米, which no row of figures is named.
  const texts = filled(row).filter((t) => !NUMBERING_LABEL.test(t));
  if (texts.length < 3) return false;
  if (texts.every((t, i) => MARK.test(t) && (i === 0 || Number(t) === Number(texts[i - 1]) + 1))) return true;
  return oneMarkMisread(row);
}

/**
 * A scanned numbering row with one of its marks lost: read as a letter (5 as D) or as nothing. The other
 * marks, at least four, still count on by their column (1 2 3 4 D 6 ... 12), and nothing else is printed in
 * the row; a row of figures has decimals, and no figure is one or two letters.
 */
function oneMarkMisread(row: GridRow): boolean {
  const cells = row.cells.filter((c) => c.colSpan === 1 && !NUMBERING_LABEL.test(c.text));
  const marks = cells.filter((c) => MARK.test(c.text));
  if (marks.length < 4 || cells.length !== row.cells.filter((c) => !NUMBERING_LABEL.test(c.text)).length) return false;
  const [first, last] = [marks[0].col, marks[marks.length - 1].col];
  const odd = cells.filter((c) => !MARK.test(c.text) && (c.text !== '' || (c.col > first && c.col < last)));
  if (odd.length !== 1 || odd[0].text.length > 2 || /[\d.,]/.test(odd[0].text)) return false;
  const start = Number(marks[0].text) - first;
  return marks.every((c) => Number(c.text) === start + c.col);
}
