import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { CORPUS, scannedPageStructure, textLayerLattice } from './corpus-scan.js';

/**
 * A Shanghai 基本支出 table by economic code (p. 17, 元): a three-row header shaded grey throughout, its row
 * rules and the column rules of 类 | 款 | 名称 | 合计 | 人员经费 | 公用经费 running through the shading.
 */
const SHANGHAI_HRSS = join(CORPUS, 'wide', '上海', '2026年上海市人力资源和社会保障局_部门预算.pdf');

describe('rules inside shading: a rule is measured against the ground beside it, not against paper', () => {
  it('rebuilds the text layer lattice of a table whose header is shaded, header rows and all', async () => {
    const [truth] = await textLayerLattice(SHANGHAI_HRSS, 17);
    const tables = findTables((await scannedPageStructure(SHANGHAI_HRSS, 17)).segments);
    expect(tables).toHaveLength(1);
    // Stacked with the shading into one filled area, the header's row rules were lost: the table began
    // below the header, and its columns had no 合计 | 人员经费 | 公用经费 to name them.
    expect([tables[0].rowCount, tables[0].colCount, tables[0].cells.length]).toEqual([truth.rowCount, truth.colCount, truth.cells.length]);
    expect(tables[0].bbox[1]).toBeCloseTo(truth.bbox[1], -1);
  });
});
