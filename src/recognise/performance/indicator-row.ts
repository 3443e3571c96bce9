import type { IndicatorHeader } from './indicator-header.js';
import { isHeaderWord, type Level1, matchLevel1, matchLevel2 } from './labels.js';
import type { FormCell, FormRow } from './rows.js';

/** One horizon's part of an indicator row: its 二级 label if the row gives one, and its text cells. */
export interface HalfRow {
  level2: string | null;
  cells: FormCell[];
}

/** An indicator row split into its mid-term (left) and annual (right) halves. */
export interface SplitRow {
  level1: Level1 | null;
  mid: HalfRow;
  annual: HalfRow;
}

/** A run of adjacent 二级 labels ('数量指标 数量指标' is one) and how many text cells precede it. */
interface LabelGroup {
  level2: string;
  at: number;
}

/**
 * Splits a row by its content, with 二级 labels as anchors, so shifted rows read like aligned ones:
 * - two label groups: the second starts the annual half;
 * - one group with text on both sides: it starts the annual half, and the mid half takes the same
 *   label (both halves list the same 二级 rows; a shifted row lost the left copy);
 * - one group before all text, or none: the text is split by column (see `splitByColumn`) and a
 *   label applies to both halves.
 * A grid with one horizon only (see `IndicatorHeader.single`) gives all its text to that half.
 */
export function splitIndicatorRow(row: FormRow, header: IndicatorHeader | null): SplitRow {
  let level1: Level1 | null = null;
  const content: FormCell[] = [];
  const groups: LabelGroup[] = [];
  let lastWasLabel = false;
  for (const cell of row.cells) {
    const l2 = matchLevel2(cell.text);
    const l1 = l2 ? null : matchLevel1(cell.text);
    if (l2) {
      if (!lastWasLabel || !groups.length) groups.push({ level2: l2.name, at: content.length });
      lastWasLabel = true;
    } else if (l1) {
      level1 ??= l1;
    } else if (!isHeaderWord(cell.text)) {
      content.push(cell);
      lastWasLabel = false;
    }
  }
  const half = (level2: string | null, cells: FormCell[]): HalfRow => ({ level2, cells });
  if (header?.single) {
    const label = groups[0]?.level2 ?? null;
    const all = half(label, content);
    return header.single === 'mid_term' ? { level1, mid: all, annual: half(label, []) } : { level1, mid: half(label, []), annual: all };
  }
  if (groups.length >= 2) {
    const at = groups[1].at;
    return { level1, mid: half(groups[0].level2, content.slice(0, at)), annual: half(groups[1].level2, content.slice(at)) };
  }
  const label = groups[0]?.level2 ?? null;
  if (groups.length === 1 && groups[0].at > 0) {
    const at = groups[0].at;
    return { level1, mid: half(label, content.slice(0, at)), annual: half(label, content.slice(at)) };
  }
  const [left, right] = splitByColumn(content, header);
  return { level1, mid: half(label, left), annual: half(label, right) };
}

/**
 * Splits unlabelled text cells into halves:
 * 1. an even run whose second half starts with the same text as the first (the usual mid = annual
 *    copy) splits in the middle, whatever the columns;
 * 2. with a header, at its annual column, moved by the row's own shift (first text cell vs the
 *    header's 三级 column) as long as the row starts left of the annual half;
 * 3. otherwise in the middle (the left half takes the odd cell).
 */
export function splitByColumn(cells: readonly FormCell[], header: IndicatorHeader | null): [FormCell[], FormCell[]] {
  const n = cells.length;
  if (n === 0) return [[], []];
  const middle = Math.ceil(n / 2);
  if (n % 2 === 0 && cells[0].text === cells[n / 2].text) return [cells.slice(0, middle), cells.slice(middle)];
  if (header?.annualCol != null && header.midNameCol != null) {
    const first = cells[0].col;
    const shift = first < header.annualCol ? first - header.midNameCol : 0;
    const boundary = header.annualCol + shift;
    return [cells.filter((c) => c.col < boundary), cells.filter((c) => c.col >= boundary)];
  }
  return [cells.slice(0, middle), cells.slice(middle)];
}
