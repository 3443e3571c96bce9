import type { Block, Cell, Grid, GridRow, SourcePage, TextLine } from '../../model/index.js';
import { normaliseText } from '../../util/cjk.js';
import { isAmountText } from '../../util/money.js';

/** Markdown-table remnants ('------\t--------', '|---|') carry no content. */
const RULE_LINE = /^[\s|:\-–—=+]*-{3,}[\s|:\-–—=+]*$/;
/** A code cell of a spaced row: 类 (3 digits), 款 or 项 (2 digits), or a joined 5/7-digit code. */
const CODE_TOKEN = /^\d{2,3}$|^\d{5}$|^\d{7}$/;
/** Sentence punctuation: a line with it is prose, not a spaced table row. */
const PROSE = /[，。；：！？“”、]|万元|元，/;

/** Cells of a tab-separated line, keeping empty cells so columns stay aligned. */
function tabbedCells(text: string, place: TextLine['place']): Cell[] {
  return text.split('\t').map((raw, col) => ({
    text: normaliseText(raw),
    col,
    colSpan: 1,
    rowSpan: 1,
    place,
  }));
}

/**
 * Cells of a line whose columns are separated by spaces only (text pulled from a PDF without tabs):
 * codes and amounts are their own cells, the words between them one name cell.
 * Returns null when the line reads as prose.
 */
export function spacedCells(text: string, place: TextLine['place']): Cell[] | null {
  const t = text.trim();
  if (!t || t.length > 160 || PROSE.test(t)) return null;
  const tokens = t.split(/\s+/);
  if (tokens.length < 2) return null;
  const amounts = tokens.filter((k) => isAmountText(k) && !CODE_TOKEN.test(k));
  const codes = tokens.filter((k) => CODE_TOKEN.test(k));
  if (amounts.length === 0 && !(codes.length && tokens.length >= 2 && CODE_TOKEN.test(tokens[0]))) return null;
  const cells: string[] = [];
  let name: string[] = [];
  const flushName = () => {
    if (name.length) cells.push(normaliseText(name.join(' ')));
    name = [];
  };
  for (const k of tokens) {
    if ((CODE_TOKEN.test(k) && cells.length + name.length < 4 && !name.length) || isAmountText(k)) {
      flushName();
      cells.push(k);
    } else {
      name.push(k);
    }
  }
  flushName();
  return cells.map((c, col) => ({ text: c, col, colSpan: 1, rowSpan: 1, place }));
}

const SENTENCE_END = /[。！？；：:…」”）)]$|^[-—\s]*$/;
const STARTS_ITEM = /^(?:[-•·]|[一二三四五六七八九十]+、|\d+[.．、]\s*|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+部分|注[:：])/;

/** A line continues the previous one when that one stops mid-sentence at a typical wrap width. */
function continuesParagraph(prev: string, next: string): boolean {
  if (SENTENCE_END.test(prev) || STARTS_ITEM.test(next)) return false;
  return prev.length >= 30 && /[\u4e00-\u9fff\d,，、]$/.test(prev);
}

function joinWrapped(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * Lays out the lines of a text extraction: tab-separated lines become grid rows, runs of them
 * grids; space-separated table rows become 'spaced' grids; everything else is narrative text.
 * A blank line ends a grid; markdown rule lines are dropped.
 */
export function layoutTextPages(pages: readonly SourcePage[]): Block[] {
  const blocks: Block[] = [];
  let grid: Grid | null = null;
  let text: TextLine[] = [];
  const flushText = () => {
    if (text.length) blocks.push({ kind: 'text', lines: text });
    text = [];
  };
  const flushGrid = () => {
    if (grid) {
      grid.columnCount = Math.max(0, ...grid.rows.map((r) => r.cells.length));
      blocks.push(grid);
    }
    grid = null;
  };
  const addRow = (strategy: Grid['strategy'], row: GridRow, page: number) => {
    if (!grid || grid.strategy !== strategy) {
      flushText();
      flushGrid();
      grid = { kind: 'grid', strategy, columnCount: 0, rows: [], place: row.place, pageFrom: page, pageTo: page };
    }
    grid.rows.push(row);
    grid.pageTo = page;
  };
  for (const page of pages) {
    for (const { line, text: raw } of page.lines) {
      const place = pages.length > 1 ? { page: page.number, line } : { line };
      if (!raw.trim()) {
        flushGrid();
        continue;
      }
      if (RULE_LINE.test(raw)) continue;
      if (raw.includes('\t')) {
        const cells = tabbedCells(raw, place);
        if (cells.some((c) => c.text)) addRow('tabbed', { cells, place }, page.number);
        continue;
      }
      const spaced = spacedCells(raw, place);
      if (spaced) {
        addRow('spaced', { cells: spaced, place }, page.number);
        continue;
      }
      flushGrid();
      // Spaces in a text file's line may separate columns (a header printed without tabs): keep them.
      const clean = raw.replace(/[\s\u00a0]+/g, ' ').trim();
      // A hard-wrapped paragraph (text pulled from a PDF) continues on the next line: join it back.
      const prev = text[text.length - 1];
      if (prev && continuesParagraph(prev.text, clean)) prev.text = joinWrapped(prev.text, clean);
      else text.push({ text: clean, place });
    }
    // Page breaks end a text paragraph run but a spaced grid may continue on the next page.
  }
  flushText();
  flushGrid();
  return blocks;
}
