import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/layout/index.js';
import { SourceDocument } from '../../../src/model/index.js';

/** A scanned page's grid: the cell keeps the confidence of its least certain OCR run; text-layer cells have none. */
function page(confidences: Array<number | undefined>) {
  // Two cells side by side, ruled: x 0-100-200, y 0-20.
  const segments = [
    { x0: 0, y0: 0, x1: 200, y1: 0 },
    { x0: 0, y0: 20, x1: 200, y1: 20 },
    { x0: 0, y0: 40, x1: 200, y1: 40 },
    { x0: 0, y0: 0, x1: 0, y1: 40 },
    { x0: 100, y0: 0, x1: 100, y1: 40 },
    { x0: 200, y0: 0, x1: 200, y1: 40 },
  ];
  const run = (text: string, x: number, y: number, confidence?: number) => ({
    text, x, y, width: 40, height: 10, ...(confidence !== undefined ? { confidence } : {}),
  });
  return SourceDocument.parse({
    fileName: 'scan.pdf',
    sourceKind: confidences.some((c) => c !== undefined) ? 'pdf_scan' : 'pdf_text',
    pages: [{
      number: 1, width: 200, height: 40, textLayer: confidences.some((c) => c !== undefined) ? 'ocr' : 'text', segments,
      runs: [run('合计', 5, 5, confidences[0]), run('7,723.46', 105, 5, confidences[1]), run('基本', 5, 25, confidences[2]), run('4,618.49', 105, 25, confidences[3])],
    }],
  });
}

describe('OCR confidence through layout', () => {
  it('gives each OCR cell the confidence of its runs', () => {
    const grid = layoutDocument(page([0.95, 0.62, 0.9, 0.88])).blocks.find((b) => b.kind === 'grid');
    expect(grid?.kind).toBe('grid');
    if (grid?.kind !== 'grid') return;
    const cells = grid.rows.flatMap((r) => r.cells);
    expect(cells.find((c) => c.text === '7,723.46')?.confidence).toBe(0.62);
    expect(cells.find((c) => c.text === '4,618.49')?.confidence).toBe(0.88);
  });

  it('leaves text-layer cells without one', () => {
    const grid = layoutDocument(page([undefined, undefined, undefined, undefined])).blocks.find((b) => b.kind === 'grid');
    if (grid?.kind !== 'grid') throw new Error('no grid');
    expect(grid.rows.flatMap((r) => r.cells).every((c) => c.confidence === undefined)).toBe(true);
  });
});
