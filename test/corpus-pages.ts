/**
 * Pages of corpus PDFs for tests, cut at run time (the project commits no copy or cut), and their text as a
 * text file would hold it: laid out by lines, or in the raw order of the PDF's content stream.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusFile, cutPdf } from '../scripts/lib/corpus.js';
import { ingestDocument } from '../src/ingest/index.js';
import { IngestOptions } from '../src/ingest/options.js';
import { tempDir } from './helpers.js';

/** Pages (1-based) of a file under ../shared/corpus, written as `name` (which may hold folders) in a fresh temp dir. */
export async function cutPages(rel: string, pages: readonly number[], name = 'cut.pdf'): Promise<string> {
  const out = join(tempDir('corpus-cut-'), name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await cutPdf(readFileSync(corpusFile(rel)), pages));
  return out;
}

/**
 * The text of a PDF's pages: `layout` groups runs into lines by their baseline (left to right), `raw` writes
 * every run on its own line in content-stream order, as text extraction without layout does.
 */
export async function pagesText(pdf: string, mode: 'layout' | 'raw'): Promise<string> {
  const src = await ingestDocument(readFileSync(pdf), pdf, IngestOptions.parse({ ocr: 'never' }));
  return src.pages
    .map((p) => {
      if (mode === 'raw') return p.runs.map((r) => r.text).join('\n');
      const lines = new Map<number, typeof p.runs>();
      for (const r of p.runs) {
        const y = Math.round(r.y / 3);
        lines.set(y, [...(lines.get(y) ?? []), r]);
      }
      return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, rs]) => rs.sort((a, b) => a.x - b.x).map((r) => r.text).join(' ')).join('\n');
    })
    .join('\n\f');
}
