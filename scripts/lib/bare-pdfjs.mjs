// The benchmarks' baseline: bare pdf.js text extraction of every page of the given PDFs, one after another,
// with the same data folders (CMaps, standard fonts) budgetlens uses. Prints the page count.
// With --ops, each page's operator list too: what a program that reads ruling lines as well as text (the
// essential work of budgetlens's ingest) would ask bare pdf.js for.
// Like budgetlens (src/util/pdfjs.ts), it puts back the natives pdf.js's bundled core-js replaces, so the
// baseline is not slowed by them (10-18% faster than pdf.js as shipped): the ratio measures our own work.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const natives = [[Array.prototype, 'push'], [JSON, 'parse']].map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
for (const [owner, key, descriptor] of natives) Object.defineProperty(owner, key, descriptor);
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const args = process.argv.slice(2);
const withOps = args[0] === '--ops';
let pages = 0;
for (const file of withOps ? args.slice(1) : args) {
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(file)), cMapUrl: `${root}/cmaps/`, cMapPacked: true,
      standardFontDataUrl: `${root}/standard_fonts/`, disableFontFace: true, isEvalSupported: false, verbosity: 0,
    }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      if (withOps) await page.getOperatorList();
      page.cleanup();
    }
    pages += doc.numPages;
    await doc.destroy();
  } catch (e) {
    process.stderr.write(`${file}: ${e.message}\n`);
  }
}
console.log(pages);
