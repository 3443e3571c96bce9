import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { type loadPdfjs, pdfjsParser } from '../../util/pdfjs.js';
import { InThreadPort } from './in-thread-port.js';

export { loadPdfjs } from '../../util/pdfjs.js';

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;

/** What openForReading reaches of the loading task: the display side's font loader (pdf.js 5.4 WorkerTransport). */
interface WithFontLoader {
  _transport?: { fontLoader?: { bind(font: unknown): Promise<void> } };
}

/**
 * Opens a document for reading text and lines, its parser running in this thread on an InThreadPort (cheaper
 * operator lists than pdf.js's own fake worker). `close` frees the document, its caches and the parser,
 * whether or not it finished loading, so memory stays flat across a batch.
 *
 * Nothing is ever drawn from this document: its fonts are read for their metrics only. With disableFontFace
 * (Node has no CSS font faces) pdf.js's parser turns every glyph an operator list shows into a path object and
 * sends it over (~1.4 s of a 15 s corpus ingest, and its garbage). So the parser is told font faces are
 * available, which stops the paths, and the display side's font loader, which would install them, does nothing.
 * Should pdf.js rename its loader, fonts fall back to paths as before: slower, same text.
 */
export function openForReading(pdfjs: Pdfjs, bytes: Uint8Array, { images }: { images: boolean }) {
  const port = new InThreadPort({ parserOptions: { disableFontFace: false } });
  pdfjsParser().initializeFromPort(port);
  // The declarations type `port` as null, though the constructor takes a port (its real-worker path).
  const worker = new pdfjs.PDFWorker({ port: port as unknown as null });
  const task = pdfjs.getDocument({ ...documentParams(bytes, { images }), worker });
  // Runs before the caller's own `await task.promise` (first handler attached), so before any page is read.
  task.promise.then(() => {
    const loader = (task as unknown as WithFontLoader)._transport?.fontLoader;
    if (loader) loader.bind = async () => undefined;
  }, () => undefined);
  return {
    task,
    async close(): Promise<void> {
      // Destroys the document too when it loaded (PDFDocumentProxy.destroy is its loading task's).
      await task.destroy();
      worker.destroy();
      port.terminate();
    },
  };
}

/**
 * Data folders inside pdfjs-dist, as plain paths with a trailing slash (pdfjs's Node readers use fs).
 * Without the CMaps, Chinese text in non-embedded fonts (UniGB-UCS2-H) silently vanishes.
 */
function dataDirs() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + '/';
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
}

/**
 * getDocument parameters for reading text and lines in Node, without fonts or eval. With
 * `images: false` pdfjs drops every image instead of decoding it (the slowest part of most pages);
 * the image pass asks for them only on pages that may be scans.
 */
export function documentParams(bytes: Uint8Array, { images = true }: { images?: boolean } = {}) {
  return {
    maxImageSize: images ? -1 : 1,
    // pdfjs transfers the buffer to its worker; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    ...dataDirs(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
