import type { Horizon, Indicator } from '../../model/index.js';
import { normaliseText } from '../../util/cjk.js';
import type { IndicatorHeader } from './indicator-header.js';
import { type HalfRow, splitIndicatorRow } from './indicator-row.js';
import { level1Of } from './labels.js';
import type { FormRow } from './rows.js';

/** A cell holding only an enumerator ('指标1：', '1:'): the indicator text spilled into the next cell. */
const ENUMERATOR = /^(指标)?\d{1,2}[:：.、]?$/;

/**
 * Name and target of one half: the first text cell is the 三级指标, the last the 指标值. A lone cell is
 * a name without a target, even when the name states a figure ('满意度1000%'): splitting it would
 * guess where the name ends, and the flags can read the figure from the name as printed.
 * Middle cells equal to the target are remnants of a merged cell; other middle cells join the name.
 */
export function nameAndTarget(half: HalfRow): { name: string; target: string | null; cell: HalfRow['cells'][number] } | null {
  const cells = [...half.cells];
  if (!cells.length) return null;
  const first = cells.shift()!;
  let name = first.text;
  if (ENUMERATOR.test(name) && cells.length) name = `${name}${cells.shift()!.text}`;
  const target = cells.length ? cells.pop()!.text : null;
  const middle = cells.filter((c) => c.text !== target).map((c) => c.text);
  if (middle.length) name = [name, ...middle].join(' ');
  return { name: normaliseText(name), target: target === null ? null : normaliseText(target), cell: first };
}

/**
 * The indicator tree of both horizons from the rows between the header and the end of the grid.
 * Each horizon keeps its own running 二级 (continuation rows inherit it) and 一级 (inferred from the
 * 二级 when the 一级 label is missing or merged away).
 */
export function readIndicators(rows: readonly FormRow[], header: IndicatorHeader | null, from: number, to: number): Indicator[] {
  const out: Indicator[] = [];
  const state: Record<Horizon, { level1: string | null; level2: string | null; last: string | null }> = {
    mid_term: { level1: null, level2: null, last: null },
    annual: { level1: null, level2: null, last: null },
  };
  for (let r = from; r < Math.min(to, rows.length); r++) {
    const split = splitIndicatorRow(rows[r], header);
    for (const [horizon, half] of [['mid_term', split.mid], ['annual', split.annual]] as const) {
      const s = state[horizon];
      if (split.level1) s.level1 = split.level1;
      if (half.level2) {
        s.level2 = half.level2;
        s.level1 = level1Of(half.level2) ?? s.level1;
      }
      const it = nameAndTarget(half);
      if (!it) continue;
      // A row repeating the previous indicator of the same horizon is a remnant, not a new one.
      const key = `${s.level2}|${it.name}|${it.target}`;
      if (key === s.last) continue;
      s.last = key;
      out.push({ horizon, level1: s.level1, level2: s.level2, name: it.name, target: it.target, place: it.cell.place });
    }
  }
  return out;
}
