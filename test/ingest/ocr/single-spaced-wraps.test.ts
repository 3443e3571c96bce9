import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { cellImage } from '../../../src/ingest/ocr/crop.js';
import { cropSettings, readTableCells } from '../../../src/ingest/ocr/cells.js';
import { OcrPool } from '../../../src/ingest/ocr/index.js';
import { CORPUS, scannedPageStructure, TEST_SCAN } from './corpus-scan.js';

/** Beijing 公安局's 财政拨款“三公”经费支出表 (p. 15): its first header cell wraps “三公”经费财政 over 拨款预算总额 at single spacing. */
const BEIJING_POLICE = join(CORPUS, 'wide', '北京', '公安局_附件2：北京市公安局2026年度部门预算报表.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('a cell wrapped at single spacing is two lines, not one', () => {
  it('cuts the 三公 total’s header into its two lines and reads them as the text layer prints them', async () => {
    const st = await scannedPageStructure(BEIJING_POLICE, 15, { ...TEST_SCAN, skew: -0.13, noise: 8 });
    const [table] = findTables(st.segments);
    const header = table.cells.find((c) => c.row === 0 && c.col === 0)!;
    const px = header.bbox.map((v) => v * st.scale) as [number, number, number, number];
    // The leading between the lines is a quarter of a line: as little as between the strokes of 三.
    expect(cellImage(st.clean, st.ink, px, cropSettings(st))?.lineCount).toBe(2);
    const [read] = await readTableCells(pool, st, { ...table, cells: [header] });
    expect(read.runs).toHaveLength(2);
    expect(read.text.replace(/[“”"]/g, '')).toBe('三公经费财政拨款预算总额');
  });
});
