/**
 * The one CSV writer of every CSV the tool writes (query, flags, export, the FDP): RFC 4180 (CRLF line ends,
 * fields quoted when they hold a comma, quote, CR or LF, or edge spaces), UTF-8 with a BOM.
 *
 * Formula cells: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR, which some strip first) as
 * a formula, and document text is not ours. Such a text cell gets a leading apostrophe ('), the convention
 * spreadsheets themselves use for "this is text"; a plain number (-12.50, +3) is left alone.
 */

/** Spreadsheet programs read UTF-8 without a BOM as the local code page, which garbles Chinese. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*)?(\.\d+)?([eE][+-]?\d+)?$/;

/** The text a cell holds once a spreadsheet could no longer run it as a formula. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) && !(PLAIN_NUMBER.test(s) && /\d/.test(s)) ? `'${s}` : s;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const raw =
    typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const s = neutraliseFormula(raw);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A Frictionless tabular-data resource for one CSV file we write (UTF-8 with BOM, CRLF, a header row). */
export function tabularResource<F>(name: string, file: string, fields: readonly F[]) {
  return {
    name,
    path: file,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: { fields },
  };
}
