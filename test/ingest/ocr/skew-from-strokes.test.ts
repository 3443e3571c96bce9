import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binarise, otsuThreshold } from '../../../src/ingest/ocr/bitmap.js';
import { estimateSkew } from '../../../src/ingest/ocr/deskew.js';
import { renderPage } from '../../../src/ingest/ocr/render.js';
import { skewStrokes } from '../../../src/ingest/ocr/structure.js';
import { documentParams, loadPdfjs } from '../../../src/ingest/pdf/pdfjs.js';
import { CORPUS, corpusScan, TEST_SCAN } from './corpus-scan.js';

/** Beijing 人社局's 财政拨款“三公”经费支出表 (p. 24): a page that holds one table, a shaded header over one row of figures. */
const BEIJING_HR = join(CORPUS, 'wide', '北京', '人力资源和社会保障局_2026年部门预算.pdf');
/** Beijing 医保局's 收支总表 (p. 1): thirty ruled rows, headers shaded too. */
const BEIJING_HEALTHCARE = join(CORPUS, 'wide', '北京', '医疗保障局_2026年部门预算.pdf');

async function scannedPage(file: string, page: number, skew: number) {
  const { bytes } = await corpusScan(file, [page], { ...TEST_SCAN, skew, noise: 8 });
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  try {
    return (await renderPage(doc, 1)).gray;
  } finally {
    await doc.destroy();
  }
}

describe('skew measured on strokes darker than their ground, not on the page-wide ink cut', () => {
  it('finds the skew of a shaded 三公 table page that Otsu’s cut makes look two degrees off', async () => {
    const page = await scannedPage(BEIJING_HR, 24, 0.92);
    // The shading pulls Otsu's cut far below the paper: the grey rules are left out of its ink.
    expect(otsuThreshold(page)).toBeLessThan(180);
    expect(Math.abs(estimateSkew(binarise(page)) - 0.92)).toBeGreaterThan(0.5);
    expect(estimateSkew(skewStrokes(page))).toBeCloseTo(0.92, 1);
  });

  it('finds the same skew as before on a page of many ruled rows', async () => {
    const page = await scannedPage(BEIJING_HEALTHCARE, 1, -1.25);
    expect(estimateSkew(skewStrokes(page))).toBeCloseTo(-1.25, 1);
  });
});
