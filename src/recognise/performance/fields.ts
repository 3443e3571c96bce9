import type { Place } from '../../model/index.js';
import { type FieldKey, matchFieldLabel } from './labels.js';
import type { FormCell, FormRow } from './rows.js';

/** A label found in a form: where it is and the text after it in the same cell. */
export interface LabelHit {
  key: FieldKey;
  row: number;
  /** Index of the label's cell in `FormRow.cells`. */
  cell: number;
  col: number;
  rest: string;
  place: Place;
}

/** A field's value as printed and where it was read. */
export interface FieldValue {
  text: string;
  place: Place;
}

/** True when the cell starts with a field label or is a checkbox (never a value). */
export function isLabelCell(cell: FormCell): boolean {
  return matchFieldLabel(cell.text) !== null || /<input\b|^[☑☒■□☐]/.test(cell.text);
}

/** Every label of `key` in `rows[from..to)`, in reading order. */
export function findLabels(rows: readonly FormRow[], key: FieldKey, from = 0, to = rows.length): LabelHit[] {
  const hits: LabelHit[] = [];
  for (let r = from; r < Math.min(to, rows.length); r++) {
    rows[r].cells.forEach((c, i) => {
      const m = matchFieldLabel(c.text);
      if (m?.key === key) hits.push({ key, row: r, cell: i, col: c.col, rest: m.rest, place: c.place });
    });
  }
  return hits;
}

/**
 * The value of a label: the rest of its own cell when there is one, else the next non-empty cell
 * of the same row unless that is another label (then the field is blank). Merged cells make the gap
 * between label and value any number of columns wide, so columns are not counted.
 */
export function valueOf(rows: readonly FormRow[], hit: LabelHit): FieldValue | null {
  if (hit.rest) return { text: hit.rest, place: hit.place };
  const next = rows[hit.row].cells[hit.cell + 1];
  if (!next || isLabelCell(next)) return null;
  return { text: next.text, place: next.place };
}

/** The first label of `key` that has a value, with that value; else the first label with none. */
export function readField(
  rows: readonly FormRow[],
  key: FieldKey,
  from = 0,
  to = rows.length,
): { hit: LabelHit | null; value: FieldValue | null } {
  const hits = findLabels(rows, key, from, to);
  for (const hit of hits) {
    const value = valueOf(rows, hit);
    if (value) return { hit, value };
  }
  return { hit: hits[0] ?? null, value: null };
}

/**
 * A value cut by a page break: the next row (page numbers skipped) is on a later page and holds one
 * short cell in the value's column ('…提升补助资' + '金'). Returns the joined value, else the value.
 */
export function joinPageBreak(rows: readonly FormRow[], hit: LabelHit | null, value: FieldValue | null): FieldValue | null {
  if (!hit || !value) return value;
  const valueCol = hit.rest ? hit.col : rows[hit.row].cells[hit.cell + 1]?.col;
  let r = hit.row + 1;
  while (r < rows.length && rows[r].cells.length === 1 && /^\d{1,3}$/.test(rows[r].cells[0].text)) r++;
  const next = rows[r];
  const page = value.place.page;
  if (!next || page === undefined || (next.place.page ?? page) <= page || next.cells.length !== 1) return value;
  const cell = next.cells[0];
  if (cell.col !== valueCol || cell.text.length > 10 || isLabelCell(cell)) return value;
  return { ...value, text: `${value.text}${cell.text}` };
}
