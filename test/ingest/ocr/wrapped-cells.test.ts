import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { readTableCells } from '../../../src/ingest/ocr/cells.js';
import { OcrPool } from '../../../src/ingest/ocr/index.js';
import { CORPUS, scannedPageStructure } from './corpus-scan.js';

/** A Guangzhou basic-expenditure table whose unit names wrap onto two lines inside their cells (p. 18). */
const GUANGZHOU_PUBLICITY = join(CORPUS, 'wide', '广州', '2026年广州市宣传部部门预算.pdf');
/** A Hangzhou general-budget table whose narrow 项目支出 column wraps 226,000.00 as '226,000.0' over '0' (p. 30). */
const HANGZHOU_TRANSPORT = join(CORPUS, 'wide', '杭州', '交通运输局_2026年部门预算.pdf');
/** A Zhuhai project table whose names hold the Chinese dash: 定额补助经费——运行经费 (p. 18). */
const ZHUHAI_FINANCE = join(CORPUS, 'wide', '珠海', '财政局_2026年部门预算.pdf');

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

  it('reads the lone last digit of a wrapped figure in a crop of its own ink, not lost in a cell-wide blank line', async () => {
    const st = await scannedPageStructure(HANGZHOU_TRANSPORT, 30);
    const [table] = findTables(st.segments);
    // The rows of the page's lower half, where the wrapped figures stand (fewer cells: a faster test).
    const lower = table.cells.filter((c) => c.bbox[1] > 560);
    const cells = await readTableCells(pool, st, { ...table, cells: lower });
    const wrapped = cells.filter((c) => c.numeric && c.runs.length > 1);
    expect(wrapped.length).toBeGreaterThanOrEqual(3);
    expect(cells.filter((c) => c.text.replace(/,/g, '') === '226000.00').length).toBeGreaterThanOrEqual(6);
    expect(cells.filter((c) => c.text.replace(/,/g, '') === '226000.0')).toEqual([]);
  });

  it('reads the Chinese dash in a name as the text layer prints it, two em dashes', async () => {
    const st = await scannedPageStructure(ZHUHAI_FINANCE, 18);
    const [table] = findTables(st.segments);
    const names = await readTableCells(pool, st, { ...table, cells: table.cells.filter((c) => c.col === 0) });
    const texts = names.map((c) => c.text);
    expect(texts).toContain('定额补助经费——运行经费');
    expect(texts).toContain('定额补助经费——项目经费');
  });
});
