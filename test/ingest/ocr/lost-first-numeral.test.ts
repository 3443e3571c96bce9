import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { readTableCells } from '../../../src/ingest/ocr/cells.js';
import { OcrPool } from '../../../src/ingest/ocr/index.js';
import { CORPUS, scannedPageStructure, TEST_SCAN } from './corpus-scan.js';

/** Beijing 医保局's 收支总表 (p. 1): both sides numbered 一、 二、 三、 …, the first 一、一般公共预算拨款收入. */
const BEIJING_HEALTHCARE = join(CORPUS, 'wide', '北京', '医疗保障局_2026年部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('the first label of a numbered column takes the 一、 the line model dropped', () => {
  it('reads 一、一般公共预算拨款收入 and 一、一般公共服务支出 above the columns’ 二、 rows', async () => {
    const st = await scannedPageStructure(BEIJING_HEALTHCARE, 1, { ...TEST_SCAN, skew: -1.25, noise: 8 });
    const [table] = findTables(st.segments);
    // The label columns' first rows (fewer cells: a faster test); the 二、 rows are what the first is judged by.
    const labels = table.cells.filter((c) => (c.col === 0 || c.col === 2) && c.row >= 2 && c.row <= 5);
    const texts = (await readTableCells(pool, st, { ...table, cells: labels })).map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['一、一般公共预算拨款收入', '二、政府性基金预算拨款收入', '一、一般公共服务支出', '二、外交支出']));
    // A numbered label is left as read: no second numeral.
    expect(texts.filter((t) => /^一、一、|^一、二、/.test(t))).toEqual([]);
  });
});
