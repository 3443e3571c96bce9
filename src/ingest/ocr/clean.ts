import { normaliseText, toHalfWidth } from '../../util/cjk.js';

const HAN = '\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
/** Spaces OCR puts between a CJK character and a digit or letter ('2026 年'); the text layer has none. */
const SPACE_AT_HAN = new RegExp(`(?<=[${HAN}])\\s+(?=[0-9A-Za-z%.,:;()])|(?<=[0-9A-Za-z%.,:;()])\\s+(?=[${HAN}])`, 'g');
const FULL_WIDTH: Record<string, string> = { ':': '：', ';': '；', ',': '，', '(': '（', ')': '）' };
/** ASCII punctuation next to a CJK character is the full-width form misread. */
const PUNCT_AT_HAN = new RegExp(`(?<=[${HAN}])[:;,()]|[:;,()](?=[${HAN}])`, 'g');

/**
 * Look-alike glyphs the Chinese model confuses in budget vocabulary (入/人 in 收入 is the common one);
 * each wrong form is not a word these documents use.
 */
const LOOKALIKES: [RegExp, string][] = [
  [/收人/g, '收入'],
  [/支岀/g, '支出'],
  // The one-stroke 一 at the start of a line is dropped by the line model ('般公共预算拨款').
  [/(?<!一)般公共/g, '一般公共'],
  // The Chinese dash (破折号) is two em dashes; the line model reads the pair as one ('经费—运行经费').
  [/(?<=[\u3400-\u9fff])—(?=[\u3400-\u9fff])/g, '——'],
];

/**
 * An amount inside running text as the recogniser breaks it: spaces after its separators ('101, 673. 03万元',
 * typewriter fonts) and its thousands comma read as the full-width comma of the sentence ('3，402.01万元',
 * which the claim parser would split into two clauses). A comma between digits with exactly three digits
 * after it is a thousands separator: a sentence's comma is never written between two digits.
 */
function joinProseNumbers(s: string): string {
  return s
    .replace(/(?<=\d)\s*([,.，])\s+(?=\d)|(?<=\d)\s+([,.])(?=\d)/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',');
}

/** Recognised text to what the text layer would say: no spaces between CJK characters, folded whitespace. */
export function cleanText(raw: string): string {
  let s = joinProseNumbers(normaliseText(raw.replace(/[\u2018\u2019]/g, "'")))
    .replace(SPACE_AT_HAN, '')
    .replace(PUNCT_AT_HAN, (c) => FULL_WIDTH[c] ?? c);
  for (const [wrong, right] of LOOKALIKES) s = s.replace(wrong, right);
  return s;
}

/** Characters a numeric cell may hold after reading with the digit whitelist. */
export const NUMERIC_WHITELIST = '0123456789.,-%';

/**
 * Repairs what OCR typically does to a printed amount, keeping digits as read:
 * rule remnants at the edges (`|`, `l`, `I`), letter look-alikes (O for 0, a final C for a 0 cut by the rule),
 * spaces inside the number,
 * and thousands commas read as points (`7.723.46` -> `7,723.46`).
 */
export function cleanNumber(raw: string): string {
  // Roman numerals first: '11' in a narrow code cell reads as Ⅱ, and its NFKC form II would be cut as rule remnants.
  let s = toHalfWidth(raw.replace(/Ⅱ/g, '11').replace(/Ⅰ/g, '1').replace(/Ⅲ/g, '111')).replace(/\s+/g, '');
  s = s.replace(/^[|!lI[\]]+|[|!lI[\]]+$/g, '');
  s = s.replace(/[Oo]/g, '0').replace(/[，]/g, ',');
  // A leading minus read as a tilde, a dash or the character 一; a point read as 、 or 。 between digits.
  s = s.replace(/^[~～—－一−]+(?=\d)/, '-');
  s = s.replace(/(?<=\d)[、。·](?=\d)/g, '.');
  // A right-aligned figure touching the cell's rule loses the right side of its last 0 with the rule: C.
  s = s.replace(/(?<=[\d.])[Cc]$/, '0');
  // Look-alike letters between digits.
  s = s.replace(/(?<=\d)[lI|](?=\d)/g, '1').replace(/(?<=\d)[Ss](?=\d)/g, '5').replace(/(?<=\d)B(?=\d)/g, '8');
  // A point followed by three digits and another separator is a thousands comma read as a point
  // ('7.723.46', '3.343,704.00'); the last separator keeps its decimals.
  s = s.replace(/\.(?=\d{3}[.,])/g, ',');
  // The reverse: a decimal point read as a comma. A thousands comma has exactly three digits after it; a last
  // comma with one, two or four and more digits after it is the point ('1,526,633404' for 1,526.633404).
  if (!s.includes('.')) s = s.replace(/,(?=(?:\d{1,2}|\d{4,})$)/, '.');
  return s;
}

/**
 * True for text that is mostly digits: a numeric column's cell, whatever the recogniser made of it. A Han
 * character left after the look-alike repairs makes it words ('2025年' in a 年度 column, '3个'): a digits-only
 * re-read would drop it.
 */
export function looksNumeric(s: string): boolean {
  const t = s.replace(/\s/g, '');
  if (!t || /[\u3400-\u9fff]/.test(t)) return false;
  const digits = t.replace(/[^0-9]/g, '').length;
  return digits / t.length >= 0.6;
}

/**
 * The percent sign is the glyph plain OCR gets wrong most in running text: read as '9%' or '98' after a
 * two-decimal rate ('增加17.629%' for 17.62%, '277.2298。' for 277.22%). Only that exact shape is
 * repaired: two decimals, then 9% or 98 before punctuation or the end.
 */
export function repairPercent(s: string): string {
  return s.replace(/(\d\.\d{2})(?:9%8|9%|98|%8)(?=[。，；、）)]|$)/g, '$1%');
}

const THREE_DECIMALS = /^-?\d{1,3}\.\d{3}$/;

/** A table cell as read, as far as the column repairs look at it. */
interface FigureCell {
  col: number;
  numeric: boolean;
  text: string;
  runs: ReadonlyArray<{ text: string }>;
}

/**
 * A column of whole amounts written with thousands commas ('278,220', '61,560') has no figure with three
 * decimals: '92.592' there is its comma read as a point. A column whose other figures carry a point, or no
 * comma, is left as read.
 */
export function commasReadAsPoints<C extends FigureCell>(cells: C[]): C[] {
  const whole = new Set<number>();
  for (const col of new Set(cells.filter((c) => c.numeric).map((c) => c.col))) {
    const others = cells.filter((c) => c.numeric && c.col === col && !THREE_DECIMALS.test(c.text));
    if (others.filter((c) => /\d,\d{3}$/.test(c.text)).length >= 2 && others.every((c) => !c.text.includes('.'))) whole.add(col);
  }
  return cells.map((c) =>
    whole.has(c.col) && c.numeric && c.runs.length === 1 && THREE_DECIMALS.test(c.text)
      ? { ...c, text: c.text.replace('.', ','), runs: [{ ...c.runs[0], text: c.runs[0].text.replace('.', ',') }] }
      : c,
  );
}
