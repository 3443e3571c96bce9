import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { CORPUS, scannedPageStructure, TEST_SCAN } from './corpus-scan.js';

/** A Beijing 收支总表 (p. 1): grey-shaded header rows, thin grey column rules running down from them. */
const BEIJING_HRSS = join(CORPUS, 'wide', '北京', '人力资源和社会保障局_2026年部门预算.pdf');

describe('rules that pass shaded cells', () => {
  it('finds the column rules below a shaded header, so the table is a lattice', async () => {
    const st = await scannedPageStructure(BEIJING_HRSS, 1);
    const tables = findTables(st.segments);
    expect(tables).toHaveLength(1);
    // 收入 项目 | 预算数 | 支出 项目 | 预算数; the 21 rows of the expenditure side.
    expect(tables[0].colCount).toBe(4);
    expect(tables[0].rowCount).toBeGreaterThanOrEqual(21);
  });

  it('finds the rules inside the shaded header: its two rows, and the column rules down from it', async () => {
    // Skewed a little more: the column rules' runs on the lenient mask grow column by column out of the
    // shade's, and stacked with it they were dropped as a filled area, with the row rule inside the shade.
    const st = await scannedPageStructure(BEIJING_HRSS, 1, { ...TEST_SCAN, skew: 0.46 });
    const [table] = findTables(st.segments);
    expect(table.colCount).toBe(4);
    // 收入 | 支出 over 项目 | 预算数 | 项目 | 预算数, then the 21 rows.
    expect(table.rowCount).toBe(23);
    // Every inner column rule reaches up into the header: none starts only at the first body row.
    for (const x of table.colEdges.slice(1, -1)) {
      const top = Math.min(...st.segments.filter((s) => s.x0 === s.x1 && Math.abs(s.x0 - x) < 3).map((s) => s.y0));
      expect(top).toBeLessThan(table.rowEdges[2] - 10);
    }
  });
});
