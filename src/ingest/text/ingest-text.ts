import { SourceDocument, type SourceLine, type SourcePage } from '../../model/index.js';
import { IngestError } from '../errors.js';
import { decodeText } from './decode.js';

/** Page markers that text extractions leave behind: '-- PAGE_BREAK --', '-- 3 of 29 --', form feeds. */
const PAGE_MARKER = /^\s*(--\s*PAGE_BREAK\s*--|--\s*\d+\s*of\s*\d+\s*--|\f)\s*$/i;

/** A text extraction of a disclosure: lines kept as written, split into pages at page markers. */
export function ingestText(bytes: Uint8Array, fileName: string): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new IngestError('empty', 'The text file is empty.');
  if (text.includes('\u0000')) throw new IngestError('unsupported', 'The file is binary, not text.');
  const raw = text.split(/\r\n|\r|\n/);
  const pages: SourcePage[] = [];
  let lines: SourceLine[] = [];
  const flush = () => {
    pages.push({ number: pages.length + 1, width: 0, height: 0, textLayer: 'plain', runs: [], segments: [], lines });
    lines = [];
  };
  raw.forEach((t, i) => {
    if (PAGE_MARKER.test(t) || t.includes('\f')) {
      const before = t.split('\f')[0];
      if (before.trim() && !PAGE_MARKER.test(t)) lines.push({ line: i + 1, text: before });
      flush();
    } else {
      lines.push({ line: i + 1, text: t });
    }
  });
  flush();
  // A marker at the very end closes the last page; it does not open an empty one.
  if (pages.length > 1 && !pages[pages.length - 1].lines.some((l) => l.text.trim())) pages.pop();
  return SourceDocument.parse({ fileName, sourceKind: 'text', encoding, pages });
}
