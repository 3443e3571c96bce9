/** Rows as an aligned text table, JSON or CSV (RFC 4180). CJK characters count double in width. */
export type Row = Record<string, unknown>;

const cellText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const displayWidth = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

export function csvField(v: unknown): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatRows(rows: readonly Row[], format: 'table' | 'json' | 'csv', columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') return [cols.map(csvField).join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
  if (!rows.length) return '(no rows)\n';
  const clip = (s: string) => (displayWidth(s) > 60 ? [...s].slice(0, 30).join('') + '…' : s);
  const texts = rows.map((r) => cols.map((c) => clip(cellText(r[c]).replace(/\s+/g, ' '))));
  const widths = cols.map((c, i) => Math.max(displayWidth(c), ...texts.map((t) => displayWidth(t[i]))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  const line = (cells: string[]) => cells.map((s, i) => pad(s, widths[i])).join('  ').trimEnd();
  return [line(cols), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.map(line)].join('\n') + '\n';
}
