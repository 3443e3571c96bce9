import { Decimal } from 'decimal.js';
import type { Amount } from '../../model/index.js';
import { FEN_PER_UNIT } from '../../util/money.js';
import { BOTH, defineRule } from '../rule.js';
import { LOW_CONFIDENCE } from '../../model/index.js';
import type { Quantity } from '../quantity.js';

/**
 * Not a check of its own: a hook every sum check calls before accusing the document. When a sum fails by
 * exactly what re-reading one low-confidence OCR cell would explain, the flag goes out under this rule as
 * 'info' instead of as an error of the document.
 */
export const ocrSuspect = defineRule({
  meta: {
    id: 'ocr-suspect',
    severity: 'info',
    docTypes: BOTH,
    description: {
      zh: '合计不符可由一个低置信度的识别（OCR）数字解释时，提示可能是识别错误而不是文件错误。',
      en: 'A failed sum that one low-confidence OCR figure would explain is reported as a likely misreading, not as an error of the document.',
    },
    message: '{check}；{label}是识别（OCR）读出的（置信度{confidence}），若实为{corrected}则相符，可能是识别错误。',
  },
  check: () => [],
});

export interface OcrExplanation {
  label: string;
  amount: Amount;
  corrected: string;
}

/** Digit strings that differ in one position, or by one inserted/dropped digit. */
function oneDigitApart(a: string, b: string): boolean {
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  if (x.length === y.length) return [...x].filter((c, i) => c !== y[i]).length === 1;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  if (l.length - s.length !== 1) return false;
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/**
 * The one low-confidence figure whose re-reading makes `total = Σ parts` hold, if there is one: a figure
 * one digit away from the value the sum needs, or else the only low-confidence figure involved.
 */
export function explainByOcr(total: Quantity, parts: readonly Quantity[]): OcrExplanation | null {
  const sum = parts.reduce((s, p) => s.plus(p.fen), new Decimal(0));
  const gap = total.fen.minus(sum);
  const candidates: OcrExplanation[] = [];
  const consider = (amount: Amount, label: string, neededFen: Decimal) => {
    if (amount.confidence === undefined || amount.confidence >= LOW_CONFIDENCE || neededFen.isNeg()) return;
    const corrected = neededFen.div(FEN_PER_UNIT[amount.unit]).toFixed(amount.decimals);
    candidates.push({ label, amount, corrected });
  };
  for (const p of total.parts) consider(p.amount, p.label, new Decimal(p.amount.fen ?? 0).minus(gap));
  for (const q of parts) for (const p of q.parts) consider(p.amount, p.label, new Decimal(p.amount.fen ?? 0).plus(gap));
  const close = candidates.filter((c) => oneDigitApart(c.amount.text ?? '0', c.corrected));
  if (close.length === 1) return close[0];
  return candidates.length === 1 ? candidates[0] : null;
}
