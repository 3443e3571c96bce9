import type { Block, Place } from '../../model/index.js';
import { normaliseText } from '../../util/cjk.js';

/**
 * A non-empty cell of a form row. `col` is the grid column (0 for a text line); cells split out of
 * one printed cell keep that cell's column, so the order in `FormRow.cells` is what counts.
 */
export interface FormCell {
  text: string;
  col: number;
  place: Place;
}

/** A grid row or a line of text, reduced to its non-empty cells in reading order. */
export interface FormRow {
  cells: FormCell[];
  place: Place;
}

/**
 * Labels that may start a new field in the middle of a cell, when a whole form line ended up in one
 * cell ('项目实施单位：… 单位：万元'). Only labels followed by a colon, never inside brackets
 * ('项目资金（单位：元）'), and never 其中 (prose uses it).
 */
const INNER_LABEL =
  /(?<=[^\s（(])\s*(?=(?:项目实施单位|项目名称|项目实施时间|项目负责人|联系电话|中期资金总额|年度资金总?额|(?<!实施)单位)\s*[:：])/g;
/** Prose fields whose text must not be cut at an inner label. */
const PROSE_FIELD = /^(项目概况|项目立项|中期目标|年度目标|总体目标)/;

/** Splits a cell holding several labelled fields into one cell per field. */
export function splitAtLabels(cell: FormCell): FormCell[] {
  if (PROSE_FIELD.test(cell.text)) return [cell];
  const parts = cell.text.split(INNER_LABEL).map((t) => t.trim()).filter(Boolean);
  return parts.length > 1 ? parts.map((text) => ({ ...cell, text })) : [cell];
}

/**
 * The document as one sequence of rows: grid rows (any strategy) and text lines alike, so a form
 * broken into several blocks by blank lines or stray text lines reads as one run of rows.
 */
export function flattenBlocks(blocks: readonly Block[]): FormRow[] {
  const rows: FormRow[] = [];
  for (const block of blocks) {
    if (block.kind === 'grid') {
      for (const row of block.rows) {
        const cells = [...row.cells]
          .sort((a, b) => a.col - b.col)
          .map((c) => ({ text: normaliseText(c.text), col: c.col, place: c.place }))
          .filter((c) => c.text);
        if (cells.length) rows.push({ cells: cells.flatMap(splitAtLabels), place: row.place });
      }
    } else {
      for (const line of block.lines) {
        const text = normaliseText(line.text);
        if (text) rows.push({ cells: splitAtLabels({ text, col: 0, place: line.place }), place: line.place });
      }
    }
  }
  return rows;
}
