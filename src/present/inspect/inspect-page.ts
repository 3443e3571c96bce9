import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestOptions, ingestDocument } from '../../ingest/index.js';
import { layoutDocument } from '../../layout/index.js';
import { recogniseDocument } from '../../recognise/index.js';
import { openPdf } from '../report/pdf-pictures.js';
import { drawOverlay, pageOverlay, type PageOverlay } from './overlay.js';

/**
 * `budgetlens inspect <file> --page N --out DIR`: the page picture (the review site's drawing code) with what
 * each stage of the pipeline saw on it drawn over it, and the same as JSON: page-N.png, page-N.json.
 */

export class InspectError extends Error {}

export interface InspectOptions {
  ocr?: 'auto' | 'always' | 'never';
  /** Pixels per PDF point (default 2, so labels and hairlines stay legible). */
  scale?: number;
}

export interface InspectResult {
  png: string;
  json: string;
  overlay: PageOverlay;
}

export async function inspectPage(file: string, page: number, outDir: string, options: InspectOptions = {}): Promise<InspectResult> {
  if (!Number.isSafeInteger(page) || page < 1) throw new InspectError(`--page must be a page number (1 or more), not ${page}.`);
  const bytes = new Uint8Array(await readFile(file));
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF') < 0) throw new InspectError(`${file} is not a PDF; inspect draws PDF pages.`);
  const source = await ingestDocument(bytes, file, IngestOptions.parse({ ocr: options.ocr ?? 'auto' }));
  const sp = source.pages.find((p) => p.number === page);
  if (!sp) throw new InspectError(`${file} has ${source.pages.length} pages; there is no page ${page}.`);
  const layout = layoutDocument(source);
  const facts = recogniseDocument(layout);
  const overlay = pageOverlay(sp, layout, facts);

  const pdf = await openPdf(file);
  try {
    const rendered = await pdf.render(page, options.scale ?? 2);
    drawOverlay(rendered.context, overlay, rendered.scale);
    await mkdir(outDir, { recursive: true });
    const png = path.join(outDir, `page-${page}.png`);
    const json = path.join(outDir, `page-${page}.json`);
    await writeFile(png, await rendered.canvas.encode('png'));
    await writeFile(json, JSON.stringify(overlay, null, 1) + '\n');
    return { png, json, overlay };
  } finally {
    await pdf.close();
  }
}
