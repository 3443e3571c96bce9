import { once } from 'node:events';
import { BOM, csvRow } from './export/csv.js';
import { padToWidth, screenWidth, terminalLine, truncateToWidth, wrapToWidth } from '../util/terminal-text.js';

/**
 * Rows out of a command: CSV and JSON streamed row by row (any number of rows, constant memory), or an aligned
 * table sized to the screen. The table needs every row it shows before it can size its columns, so it holds at
 * most `maxRows` of them and says when there were more.
 */
export type Format = 'table' | 'json' | 'csv';
export const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

export interface TableOptions {
  /** Screen columns to fit; undefined: no limit (not a terminal). */
  width?: number;
  /** Show every cell whole (wrapped to the width) instead of at most MAX_CELL_LINES lines. */
  full?: boolean;
  /** Rows the table holds at most (the rest is counted, not shown). */
  maxRows?: number;
}

export interface WriteResult {
  rows: number;
  /** Rows the table left out (over maxRows); 0 for csv and json. */
  notShown: number;
}

export const DEFAULT_TABLE_ROWS = 10_000;
const MAX_CELL_LINES = 3;
const GAP = 2;
const CHUNK = 64 * 1024;

const cellText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** The screen width a command's table should fit: the terminal's, or COLUMNS when set; none for a pipe. */
export function screenColumns(out: NodeJS.WritableStream): number | undefined {
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  const tty = out as NodeJS.WriteStream;
  return tty.isTTY && tty.columns ? tty.columns : undefined;
}

/** Writes text in chunks, waiting when the stream is full (a slow pipe must not make us hold every row). */
function chunkedWriter(out: NodeJS.WritableStream) {
  let buffer = '';
  return {
    /** Adds text; true when the buffer is full and should be flushed (awaited) before more is added. */
    add(s: string): boolean {
      buffer += s;
      return buffer.length >= CHUNK;
    },
    async flush() {
      if (!buffer) return;
      const ok = out.write(buffer);
      buffer = '';
      if (!ok) await once(out, 'drain');
    },
  };
}

export async function writeRows(
  rows: Iterable<readonly unknown[]>,
  columns: readonly string[],
  format: Format,
  out: NodeJS.WritableStream,
  table: TableOptions = {},
): Promise<WriteResult> {
  const w = chunkedWriter(out);
  let n = 0;
  if (format === 'csv') {
    w.add(BOM + csvRow(columns));
    for (const r of rows) {
      if (w.add(csvRow(r))) await w.flush();
      n++;
    }
  } else if (format === 'json') {
    w.add('[');
    for (const r of rows) {
      const o: Record<string, unknown> = {};
      columns.forEach((c, i) => (o[c] = Buffer.isBuffer(r[i]) ? (r[i] as Buffer).toString('base64') : typeof r[i] === 'bigint' ? String(r[i]) : r[i]));
      if (w.add((n ? ',\n' : '\n') + JSON.stringify(o))) await w.flush();
      n++;
    }
    w.add(n ? '\n]\n' : ']\n');
  } else {
    const max = table.maxRows ?? DEFAULT_TABLE_ROWS;
    const held: string[][] = [];
    for (const r of rows) {
      if (n < max) held.push(r.map((v) => terminalLine(cellText(v))));
      n++;
    }
    w.add(held.length ? renderTable(columns.map(terminalLine), held, table) : '(no rows)\n');
  }
  await w.flush();
  return { rows: n, notShown: format === 'table' ? Math.max(0, n - (table.maxRows ?? DEFAULT_TABLE_ROWS)) : 0 };
}

/** Column widths that fit `width`: columns up to IDENTIFIER_WIDTH (ids, codes, names) keep their size while the
 * wide text columns still get a readable share; the wide ones share what is left, the narrowest first. */
const IDENTIFIER_WIDTH = 40;
const READABLE = 16;
function fitWidths(natural: number[], headers: number[], width: number | undefined): number[] {
  if (width === undefined) return natural;
  const room = width - GAP * (natural.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const wide = natural.filter((w) => w > IDENTIFIER_WIDTH).length;
  const kept = natural.filter((w) => w <= IDENTIFIER_WIDTH).reduce((a, b) => a + b, 0);
  const protect = wide > 0 && room - kept >= READABLE * wide;
  const out = [...natural];
  const order = natural.map((_, i) => i).filter((i) => !protect || natural[i] > IDENTIFIER_WIDTH).sort((a, b) => natural[a] - natural[b]);
  let left = order.length;
  let rest = protect ? room - kept : room;
  for (const i of order) {
    const share = Math.floor(rest / left);
    // Never narrower than the header's first characters (or 4 columns), even if the line then overflows.
    out[i] = Math.max(Math.min(natural[i], share), Math.min(natural[i], Math.max(4, Math.min(headers[i], 8))));
    rest -= out[i];
    left--;
  }
  return out;
}

export function renderTable(columns: readonly string[], rows: readonly string[][], opts: TableOptions = {}): string {
  const natural = columns.map((c, i) => Math.max(screenWidth(c), ...rows.map((r) => screenWidth(r[i] ?? ''))));
  const widths = fitWidths(natural, columns.map(screenWidth), opts.width);
  const cellLines = (text: string, w: number): string[] => {
    const lines = wrapToWidth(text, w);
    if (opts.full || lines.length <= MAX_CELL_LINES) return lines;
    const kept = lines.slice(0, MAX_CELL_LINES);
    const last = kept[MAX_CELL_LINES - 1];
    // The cut cell ends in "…" (--full shows it whole).
    kept[MAX_CELL_LINES - 1] = screenWidth(last) < w ? last + '…' : truncateToWidth(last + '  ', w);
    return kept;
  };
  const render = (cells: readonly string[]) => {
    const wrapped = cells.map((c, i) => cellLines(c, widths[i]));
    const height = Math.max(...wrapped.map((l) => l.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) lines.push(wrapped.map((l, i) => padToWidth(l[k] ?? '', widths[i])).join(' '.repeat(GAP)).trimEnd());
    return lines;
  };
  const body = rows.map(render);
  // Rows that wrap are set apart by a blank line, so a reader can tell where one ends.
  const sep = body.some((b) => b.length > 1) ? '\n\n' : '\n';
  const head = [...render(columns), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP))].join('\n');
  return `${head}\n${body.map((b) => b.join('\n')).join(sep)}\n`;
}
