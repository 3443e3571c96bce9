import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdfjs, openForReading } from '../../../src/ingest/pdf/pdfjs.js';
import { corpusFile } from '../../../scripts/lib/corpus.js';

const PUTUO = corpusFile('pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf');

/** Ids of the document-wide objects pdf.js resolved (fonts, glyph paths), after reading the given pages' operator lists. */
async function commonObjectsAfterReading(pages: number[]) {
  const pdfjs = await loadPdfjs();
  const opened = openForReading(pdfjs, new Uint8Array(readFileSync(PUTUO)), { images: false });
  try {
    const doc = await opened.task.promise;
    const fonts: Array<{ fontMatrix?: number[] }> = [];
    const ids: string[] = [];
    for (const n of pages) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] === pdfjs.OPS.setFont) fonts.push(page.commonObjs.get((ops.argsArray[i] as [string])[0]) as { fontMatrix?: number[] });
      }
      for (const [id] of page.commonObjs as unknown as Iterable<[string, unknown]>) ids.push(id);
      page.cleanup();
    }
    return { fonts, ids };
  } finally {
    await opened.close();
  }
}

describe('openForReading', () => {
  it('keeps font metrics but builds no glyph paths (nothing is drawn from a document opened for reading)', async () => {
    const { fonts, ids } = await commonObjectsAfterReading([1, 2, 3]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.fontMatrix?.length).toBe(6);
    expect(ids.some((id) => !id.includes('_path_'))).toBe(true);
    expect(ids.filter((id) => id.includes('_path_'))).toEqual([]);
  });
});
