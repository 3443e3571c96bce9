import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { readTableCells } from '../../../src/ingest/ocr/cells.js';
import { OcrPool } from '../../../src/ingest/ocr/index.js';
import { CORPUS, corpusScan, scannedPageStructure, TEST_SCAN } from './corpus-scan.js';

/** Beijing 公安局's 财政拨款“三公”经费支出表 (p. 15): one row of six figures under its header, thousands commas. */
const BEIJING_POLICE = join(CORPUS, 'wide', '北京', '公安局_附件2：北京市公安局2026年度部门预算报表.pdf');
const SCAN = { ...TEST_SCAN, skew: -0.13, noise: 8 };

const pool = new OcrPool();
afterAll(() => pool.close());

describe('a row of figures is numeric when its columns hold one figure each', () => {
  it('reads the one-row 三公 table’s figures as figures, repaired as the text layer prints them', async () => {
    const { amounts } = await corpusScan(BEIJING_POLICE, [15], SCAN);
    const st = await scannedPageStructure(BEIJING_POLICE, 15, SCAN);
    const [table] = findTables(st.segments);
    const last = table.rowCount - 1;
    const cells = await readTableCells(pool, st, { ...table, cells: table.cells.filter((c) => c.row === last) });
    // No column holds a second figure, so only the row says these are figures (digits-only re-read, repairs).
    expect(cells.map((c) => c.numeric)).toEqual(cells.map(() => true));
    expect(cells.map((c) => c.text.replace(/,/g, ''))).toEqual(amounts[0]);
  });
});
