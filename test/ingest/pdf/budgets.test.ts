import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../src/ingest/ocr/index.js';
import { ingestPdf } from '../../../src/ingest/pdf/ingest-pdf.js';
import { IngestOptions } from '../../../src/ingest/options.js';
import { loadPdfjs } from '../../../src/util/pdfjs.js';
import { MAX_RENDER_PIXELS, renderScale } from '../../../src/util/render-size.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { deflated, imageDraw, pagesPdf } from '../../../scripts/lib/hostile-pdf.js';

const options = IngestOptions.parse({ ocr: 'auto' });
const grey = (w: number, h: number) => ({
  dict: `/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
  stream: deflateSync(Buffer.alloc(w * h, 0x80)),
});

/** The ingest stage's budgets: what a hostile file claims never decides how much memory it gets. */
describe('ingest budgets', () => {
  it('fails a compressed stream that expands past the budget, before pdf.js expands it', async () => {
    const bomb = pagesPdf(1, { content: await deflated(200 * 1048576, ' '), contentDict: '/Filter /FlateDecode' });
    expect(bomb.length).toBeLessThan(1_000_000);
    const r = await processDocument('bomb.pdf', bomb, defaultSettings());
    expect(r).toMatchObject({ status: 'failed', error: expect.stringMatching(/^A compressed stream in the PDF expands to more than 160 MB/) });
  });

  it('fails an image whose declared size is over the pixel budget, and reads one below it', async () => {
    const huge = { ...grey(1, 1), dict: grey(1, 1).dict.replace('/Width 1 /Height 1', '/Width 20000 /Height 20000') };
    const big = pagesPdf(1, { content: imageDraw(595, 842), resources: '/XObject << /Im1 4 0 R >>', extra: [huge] });
    await expect(ingestPdf(big, 'big.pdf', options)).rejects.toThrow(/20000 x 20000 pixels, over the 50-megapixel limit/);
    const fine = pagesPdf(1, { content: imageDraw(595, 842), resources: '/XObject << /Im1 4 0 R >>', extra: [grey(64, 64)] });
    expect((await ingestPdf(fine, 'fine.pdf', IngestOptions.parse({ ocr: 'never' }))).sourceKind).toBe('pdf_scan');
  });

  it('recognises blank pages before rendering: none goes to OCR', async () => {
    const doc = await ingestPdf(pagesPdf(40), 'blank.pdf', options);
    expect(doc.pages).toHaveLength(40);
    expect(doc.pages.every((p) => p.textLayer === 'none')).toBe(true);
  });

  it('renders a page that claims 8000 points square within the pixel budget', async () => {
    expect(renderScale(595, 842, 300)).toBeCloseTo(300 / 72);
    const bytes = pagesPdf(1, { size: [8000, 8000], content: imageDraw(8000, 8000), resources: '/XObject << /Im1 4 0 R >>', extra: [grey(64, 64)] });
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const img = await renderPage(doc, 1);
      expect(img.gray.width * img.gray.height).toBeLessThanOrEqual(MAX_RENDER_PIXELS);
      expect(img.gray.width * img.gray.height).toBeGreaterThan(MAX_RENDER_PIXELS * 0.95);
      // The scale still maps pixels to the page's points.
      expect((img.gray.width / img.dpi) * 72).toBeCloseTo(8000, -1);
    } finally {
      await doc.destroy();
    }
  });

  it('refuses a text file over the text budget without decoding it', async () => {
    const r = await processDocument('big.txt', new Uint8Array(33 * 1048576).fill(0x41), defaultSettings());
    expect(r).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The text file is 33 MB, over the 32 MB limit for text/) });
  });
});
