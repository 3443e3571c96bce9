/** Text clean-up shared by every stage that reads Chinese text. */

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Removes spaces that wrapping, OCR or extraction put between CJK characters; folds other whitespace. */
export function normaliseText(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '')
    .trim();
}

/** Full-width digits, letters and punctuation that matter for parsing, to ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，](?=\d{3}\b)/g, ',')
    .replace(/[％]/g, '%');
}

/** A compact key for comparing names: no spaces, no brackets' content, no punctuation. */
export function nameKey(s: string): string {
  return normaliseText(s)
    .replace(/[（(][^（()）]*[)）]/g, '')
    .replace(/[\s"“”'‘’、，,。.：:；;\-－—_·]/g, '');
}
