import type { Amount, Place, ProjectFunds, Unit } from '../../model/index.js';
import { toHalfWidth } from '../../util/cjk.js';
import { amountFromCell } from '../../util/money.js';
import { type FieldValue, findLabels, type LabelHit, valueOf } from './fields.js';
import type { FieldKey } from './labels.js';
import type { FormRow } from './rows.js';

/** A figure with an optional unit of its own: '18万元', '145.8', '0.45万', '1,200元'. */
const FIGURE = /^([-−－]?[\d,，]*\.?\d+)(万元|万|元)?$/;

/**
 * An amount as printed in a form field. A unit written after the figure wins over the form's
 * unit ('18万元' on a 万元 form, '500元' on any form). Null when the field is blank (not printed)
 * or holds no figure: a null Amount says "nothing to check", an Amount with text null would claim
 * a blank cell of a table.
 */
export function printedAmount(raw: string, formUnit: Unit, place: Place): Amount | null {
  const m = FIGURE.exec(toHalfWidth(raw).replace(/\s+/g, ''));
  if (!m) return null;
  const unit: Unit = m[2] === '元' ? '元' : m[2] ? '万元' : formUnit;
  const a = amountFromCell(m[1].replace(/[−－]/, '-'), unit, place);
  return a && a.text !== null ? a : null;
}

export interface FundsReading {
  midTerm: ProjectFunds;
  annual: ProjectFunds;
  /** Where the two totals are printed (the value, or the label when blank). */
  midTermPlace: Place | null;
  annualPlace: Place | null;
}

/**
 * Funds of both horizons. Totals have their own labels (中期资金总额, 年度资金总额); 财政拨款 and
 * 其他资金 are printed once per horizon, mid-term first. A row holding only one of them belongs to
 * the horizon whose total label is nearer by column.
 */
export function readFunds(rows: readonly FormRow[], formUnit: Unit, to = rows.length): FundsReading {
  const mid = findLabels(rows, 'midTermTotal', 0, to)[0] ?? null;
  const annual = findLabels(rows, 'annualTotal', 0, to)[0] ?? null;
  const amount = (hit: LabelHit | null): Amount | null => {
    const v: FieldValue | null = hit ? valueOf(rows, hit) : null;
    return v ? printedAmount(v.text, formUnit, v.place) : null;
  };
  const split = (key: FieldKey): [LabelHit | null, LabelHit | null] => {
    const hits = findLabels(rows, key, 0, to);
    const rowsWith = [...new Set(hits.map((h) => h.row))];
    const out: [LabelHit | null, LabelHit | null] = [null, null];
    for (const r of rowsWith) {
      const inRow = hits.filter((h) => h.row === r);
      if (inRow.length >= 2) {
        out[0] ??= inRow[0];
        out[1] ??= inRow[1];
      } else {
        const h = inRow[0];
        const side = annual && (!mid || Math.abs(h.col - annual.col) < Math.abs(h.col - mid.col)) ? 1 : 0;
        out[side] ??= h;
      }
    }
    return out;
  };
  const [midFiscal, annualFiscal] = split('fiscal');
  const [midOther, annualOther] = split('other');
  const placeOf = (hit: LabelHit | null) => (hit ? (valueOf(rows, hit)?.place ?? hit.place) : null);
  return {
    midTerm: { total: amount(mid), fiscal: amount(midFiscal), other: amount(midOther) },
    annual: { total: amount(annual), fiscal: amount(annualFiscal), other: amount(annualOther) },
    midTermPlace: placeOf(mid),
    annualPlace: placeOf(annual),
  };
}
