import iconv from 'iconv-lite';

/**
 * Text files as the reviewer should see them. Encoding is not declared in these files: BOM, then strict
 * UTF-8, then GB18030 (what Chinese offices save in). Kept here because present may not import ingest.
 */
export function decodeTextFile(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface ContextLine {
  line: number;
  text: string;
  cited: boolean;
}

/** The cited line with `radius` lines either side (1-based line numbers); empty when the line is past the end. */
export function contextLines(lines: string[], cited: number, radius = 3): ContextLine[] {
  if (cited < 1 || cited > lines.length) return [];
  const from = Math.max(1, cited - radius);
  const to = Math.min(lines.length, cited + radius);
  const out: ContextLine[] = [];
  for (let n = from; n <= to; n++) out.push({ line: n, text: lines[n - 1], cited: n === cited });
  return out;
}
