import type { GridRow } from '../../model/index.js';
import { isAmountText } from '../../util/money.js';
import type { Item } from '../rows.js';

const onlyIn = (row: GridRow): number | null => {
  const filled = row.cells.filter((c) => c.text !== '');
  return filled.length === 1 && !isAmountText(filled[0].text) ? filled[0].col : null;
};

/**
 * A name too long for its cell wraps onto lines above and below the row's figures, and a stream layout
 * makes each line a row of its own ('机关事业单位基本养老保险缴' / 2080505 … figures / '费支出'). Where a
 * row with figures leaves a column blank and the rows just above and below print only that column, the
 * fragments are the row's own cell: they are joined into it, top to bottom.
 */
export function joinWrappedCells(items: readonly Item[]): Item[] {
  const out: Item[] = [...items];
  for (let i = 0; i < out.length; i++) {
    const it = out[i];
    if (it.kind !== 'row' || !it.row.cells.some((c) => isAmountText(c.text))) continue;
    const blank = new Set(it.row.cells.filter((c) => c.text === '').map((c) => c.col));
    const fragment = (j: number) => {
      const o = out[j];
      if (!o || o.kind !== 'row' || o.blockIndex !== it.blockIndex) return null;
      const col = onlyIn(o.row);
      return col !== null && blank.has(col) ? col : null;
    };
    const above = fragment(i - 1);
    const below = fragment(i + 1);
    if (above === null && below === null) continue;
    // Both sides must fill the same blank column; one side alone only when the other is not itself a wrap.
    const col = above ?? below!;
    if (above !== null && below !== null && above !== below) continue;
    const text = (j: number) => (out[j] as Extract<Item, { kind: 'row' }>).row.cells.find((c) => c.col === col)!.text;
    const joined = `${above === col ? text(i - 1) : ''}${below === col ? text(i + 1) : ''}`;
    const row: GridRow = { ...it.row, cells: it.row.cells.map((c) => (c.col === col ? { ...c, text: joined, textX: c.textX ?? (above === col ? (out[i - 1] as Extract<Item, { kind: 'row' }>).row.cells.find((x) => x.col === col)?.textX : undefined) } : c)) };
    out[i] = { ...it, row };
    if (below === col) out.splice(i + 1, 1);
    if (above === col) {
      out.splice(i - 1, 1);
      i--;
    }
  }
  return out;
}
