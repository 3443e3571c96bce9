/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (or edge spaces). */

/** Spreadsheet programs read UTF-8 without a BOM as the local code page, which garbles Chinese. */
export const BOM = '\uFEFF';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('base64') : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
