import { type FieldValue, findLabels, isLabelCell, valueOf } from './fields.js';
import { isHeaderWord } from './labels.js';
import type { FormRow } from './rows.js';

export interface GoalsReading {
  midTerm: FieldValue | null;
  annual: FieldValue | null;
}

/**
 * 中期目标 / 年度目标: in the label's own cell ('中期目标：…'), beside it, or in the row after the labels. With two
 * texts in that row the first is mid-term; a lone text goes to the label nearer by column.
 */
export function readGoals(rows: readonly FormRow[], to = rows.length): GoalsReading {
  const mid = findLabels(rows, 'midTermGoal', 0, to)[0];
  const annual = findLabels(rows, 'annualGoal', 0, to)[0];
  // The label's own cell, else the cell beside it (Fuzhou's short grid: 年度目标 | the text), else the row after.
  const beside = (hit: typeof mid): FieldValue | null => {
    const v = hit ? valueOf(rows, hit) : null;
    return v && !isHeaderWord(v.text) ? v : null;
  };
  const out: GoalsReading = { midTerm: beside(mid), annual: beside(annual) };
  const labelRow = mid?.row ?? annual?.row;
  if (labelRow === undefined || (out.midTerm && out.annual)) return out;
  const next = rows[labelRow + 1];
  if (!next || labelRow + 1 >= to) return out;
  const texts = next.cells.filter((c) => !isLabelCell(c) && !isHeaderWord(c.text));
  const value = (i: number): FieldValue => ({ text: texts[i].text, place: texts[i].place });
  if (texts.length >= 2) {
    out.midTerm ??= value(0);
    out.annual ??= value(texts.length - 1);
  } else if (texts.length === 1) {
    const nearAnnual = annual && (!mid || Math.abs(texts[0].col - annual.col) < Math.abs(texts[0].col - mid.col));
    if (nearAnnual) out.annual ??= value(0);
    else out.midTerm ??= value(0);
  }
  return out;
}
