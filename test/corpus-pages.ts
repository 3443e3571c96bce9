/**
 * Pages of corpus PDFs for tests, cut at run time (the project commits no copy or cut), read through the real
 * stages (text layer, layout, recognition, the whole of processDocument), and their text as a text file would
 * hold it: laid out by lines, or in the raw order of the PDF's content stream.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusFile, cutPdf } from '../scripts/lib/corpus.js';
import { ingestDocument } from '../src/ingest/index.js';
import { IngestOptions } from '../src/ingest/options.js';
import { layoutDocument } from '../src/layout/index.js';
import type { DocumentFacts, DocumentResult, LaidOutDocument, SourceDocument } from '../src/model/index.js';
import { defaultSettings, processDocument } from '../src/process-document.js';
import { recogniseDocument } from '../src/recognise/index.js';
import { tempDir } from './helpers.js';

/** Pages (1-based) of a file under ../shared/corpus, written as `name` (which may hold folders) in a fresh temp dir. */
export async function cutPages(rel: string, pages: readonly number[], name = 'cut.pdf'): Promise<string> {
  const out = join(tempDir('corpus-cut-'), name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await cutPdf(readFileSync(corpusFile(rel)), pages));
  return out;
}

/** Pages (1-based) of a PDF at `file` (an absolute path) as the bytes of a PDF of their own. */
export async function pageBytes(file: string, pages: readonly number[]): Promise<Uint8Array> {
  return cutPdf(new Uint8Array(readFileSync(file)), pages);
}

/** A file's text layer (no OCR), as the ingest stage hands it on; `name` is the file name the stages see. */
export function textLayer(path: string, bytes: Uint8Array = new Uint8Array(readFileSync(path)), name = path): Promise<SourceDocument> {
  return ingestDocument(bytes, name, IngestOptions.parse({ ocr: 'never' }));
}

/** A file's text layer laid out into grids and paragraphs. */
export async function laidOut(path: string, bytes?: Uint8Array, name?: string): Promise<LaidOutDocument> {
  return layoutDocument(await textLayer(path, bytes, name));
}

/** A few pages of a corpus PDF, cut at test time, laid out as a document of their own. */
export async function laidOutPages(rel: string, pages: readonly number[]): Promise<LaidOutDocument> {
  return laidOut(rel, await cutPdf(new Uint8Array(readFileSync(corpusFile(rel))), pages));
}

/** Those pages recognised as a document of their own (no reconciliation). */
export async function recognisePages(rel: string, pages: readonly number[]): Promise<DocumentFacts> {
  return recogniseDocument(await laidOutPages(rel, pages));
}

/** A file read as ingest reads it with `--ocr never`: bytes to facts and flags, through every stage. */
export function processFile(path: string, bytes: Uint8Array = new Uint8Array(readFileSync(path))): Promise<DocumentResult> {
  return processDocument(path, bytes, defaultSettings({ ocr: 'never' }));
}

/** Pages of a file under ../shared/corpus cut at test time and read as a document of their own (see cutPages). */
export async function processPages(rel: string, pages: readonly number[], name?: string): Promise<DocumentResult> {
  return processFile(await cutPages(rel, pages, name));
}

/**
 * The text of a PDF's pages: `layout` groups runs into lines by their baseline (left to right), `raw` writes
 * every run on its own line in content-stream order, as text extraction without layout does.
 */
export async function pagesText(pdf: string, mode: 'layout' | 'raw'): Promise<string> {
  const src = await textLayer(pdf);
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
