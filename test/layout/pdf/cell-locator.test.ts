import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../scripts/lib/corpus.js';
import { bboxContains, findTables } from '../../../src/geometry/index.js';
import { cellLocator } from '../../../src/layout/pdf/ruled.js';
import { textLayer } from '../../corpus-pages.js';

const PUTUO = corpusFile('pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf');

describe('cell-locator', () => {
  it('puts every run of ruled budget tables in the same cell as a scan of all cells (first holding its centre)', async () => {
    const src = await textLayer(PUTUO);
    let placed = 0;
    let cells = 0;
    for (const page of src.pages) {
      for (const t of findTables(page.segments)) {
        const at = cellLocator(t);
        cells += t.cells.length;
        for (const r of page.runs) {
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          const scan = t.cells.findIndex((c) => bboxContains(c.bbox, x, y));
          expect(at(x, y)).toBe(scan);
          // Points on the cells' own corners and edges, where two cells touch.
          for (const c of t.cells.slice(0, 50)) expect(at(c.bbox[0], c.bbox[1])).toBe(t.cells.findIndex((d) => bboxContains(d.bbox, c.bbox[0], c.bbox[1])));
          if (scan >= 0) placed++;
        }
      }
    }
    expect(cells).toBeGreaterThan(200);
    expect(placed).toBeGreaterThan(500);
  });
});
