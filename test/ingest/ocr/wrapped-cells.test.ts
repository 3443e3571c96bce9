import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { readTableCells } from '../../../src/ingest/ocr/cells.js';
import { OcrPool } from '../../../src/ingest/ocr/index.js';
import { CORPUS, scannedPageStructure } from './corpus-scan.js';

/** A Guangzhou basic-expenditure table whose unit names wrap onto two lines inside their cells (p. 18). */
const GUANGZHOU_PUBLICITY = join(CORPUS, 'wide', '广州', '2026年广州市宣传部部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('a wrapped cell read line by line', () => {
  it('reads each line of a two-line name once, in order, and joins them into the name', async () => {
    const st = await scannedPageStructure(GUANGZHOU_PUBLICITY, 18);
    const [table] = findTables(st.segments);
    // The name column only: the cells that wrap, and enough others that a wrapped cell is not first in line.
    const names = await readTableCells(pool, st, { ...table, cells: table.cells.filter((c) => c.col === 0) });
    const wrapped = names.filter((c) => c.runs.length > 1);
    expect(wrapped.length).toBeGreaterThanOrEqual(1);
    for (const c of wrapped) {
      expect(c.runs[0].y).toBeLessThan(c.runs[1].y);
      expect(c.runs[0].text).not.toBe(c.runs[1].text);
    }
    expect(names.map((c) => c.text)).toContain('中国共产党广州市委员会宣传部（本级）');
  });
});
