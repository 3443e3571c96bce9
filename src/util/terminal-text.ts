import stringWidth from 'string-width';

/**
 * Text bound for a terminal. Document text and file names are not ours: an escape sequence in them could move
 * the cursor, recolour or retitle the terminal, so control characters are shown as visible `\xNN` / `\u{NNNN}`
 * text instead of being sent. Widths are screen columns (string-width: a Chinese character is two).
 */

// C0 and C1 controls (DEL included) and the bidirectional overrides that reorder what is shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string) => {
  const n = ch.codePointAt(0)!;
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
};

/** One line for the terminal: whitespace runs (tabs, line breaks) become one space, other controls visible text. */
export function terminalLine(text: string): string {
  return text.replace(/[\t\r\n\v\f]+/g, ' ').replace(CONTROL, visible);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;


const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => (PRINTABLE_ASCII.test(text) ? [...text] : Array.from(segmenter.segment(text), (s) => s.segment));

// A table wraps thousands of cells of the same few thousand characters: each one's width is measured once.
const widths = new Map<string, number>();
function graphemeWidth(g: string): number {
  let w = widths.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (widths.size < 100_000) widths.set(g, w);
  }
  return w;
}

/** Screen columns of a text: string-width's measure, one grapheme at a time and each measured once. */
export function screenWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = 0;
  for (const g of graphemes(text)) w += graphemeWidth(g);
  return w;
}

/** At most `width` columns; a cut line ends in "…". */
export function truncateToWidth(text: string, width: number): string {
  if (screenWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return out + '…';
}

/** The last `width` columns, starting with "…" when cut (file names: the end says more than the start). */
export function truncateStartToWidth(text: string, width: number): string {
  if (screenWidth(text) <= width) return text;
  if (width <= 0) return '';
  const parts = graphemes(text);
  let out = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = graphemeWidth(parts[i]);
    if (used + w > width - 1) break;
    out = parts[i] + out;
    used += w;
  }
  return '…' + out;
}

/** Lines of at most `width` columns; Latin text breaks at a space where one is near, Chinese anywhere. */
export function wrapToWidth(text: string, width: number): string[] {
  if (width < 1 || screenWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidths: number[] = [];
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width && line.length) {
      const space = line.lastIndexOf(' ');
      if (space > line.length / 2) {
        lines.push(line.slice(0, space).join(''));
        line = line.slice(space + 1);
        lineWidths = lineWidths.slice(space + 1);
      } else {
        lines.push(line.join(''));
        line = [];
        lineWidths = [];
      }
      used = lineWidths.reduce((a, b) => a + b, 0);
      if (g === ' ' && !line.length) continue;
    }
    line.push(g);
    lineWidths.push(w);
    used += w;
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}

/** Pads to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - screenWidth(text)));
}
