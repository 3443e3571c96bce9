import type { Cell, GridRow } from '../../model/index.js';
import { parseGluedCode } from '../codes.js';
import type { Item } from '../rows.js';

/**
 * A code-and-name cell too narrow for its text wraps, and a spreadsheet printed to PDF lets the second line
 * run past the cell's bottom ruling into the cell below: the ruled grid then reads '2130306-水利工程运行与维'
 * on one row and '护2130306-水利工程运行与维' on the next. A cell whose text is a short run of words, then a
 * code with its name, under a cell of the same column that starts with a code, holds the tail of the cell
 * above: the tail is given back to it, so each row keeps its own code and its whole name.
 */

const TAIL_THEN_CODE = /^([^\d\s]{1,12}?)(\d{3}(?:\d{2}){0,2}\s*[-－—:：].*)$/;

/** The tail and the cell's own text, when the cell starts with the overflow of the cell above. */
function splitTail(text: string): { tail: string; own: string } | null {
  const t = text.trim();
  if (parseGluedCode(t)) return null;
  const m = TAIL_THEN_CODE.exec(t);
  if (!m || !parseGluedCode(m[2])?.name) return null;
  return { tail: m[1], own: m[2] };
}

const cellAt = (row: GridRow, col: number): Cell | undefined => row.cells.find((c) => c.col === col);

export function returnOverflowTails(items: readonly Item[]): Item[] {
  const out: Item[] = [...items];
  // The last row with figures: the one whose cells the next row's tails belong to (across a page break too,
  // where the printer repeats the cut line at the top of the next page).
  let above = -1;
  for (let i = 0; i < out.length; i++) {
    const it = out[i];
    if (it.kind !== 'row') continue;
    const prev = above >= 0 ? (out[above] as Extract<Item, { kind: 'row' }>) : null;
    if (prev) {
      const moved = new Map<number, string>();
      const cells = it.row.cells.map((c) => {
        const split = splitTail(c.text);
        const up = split && cellAt(prev.row, c.col);
        if (!split || !up || !parseGluedCode(up.text)?.name) return c;
        moved.set(c.col, split.tail);
        return { ...c, text: split.own };
      });
      if (moved.size) {
        out[i] = { ...it, row: { ...it.row, cells } };
        out[above] = { ...prev, row: { ...prev.row, cells: prev.row.cells.map((c) => (moved.has(c.col) ? { ...c, text: c.text + moved.get(c.col)! } : c)) } };
      }
    }
    if (it.row.cells.some((c) => parseGluedCode(c.text)?.name)) above = i;
  }
  return out;
}
