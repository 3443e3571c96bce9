import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { CORPUS, scannedPageStructure } from './corpus-scan.js';

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
});
