import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { CORPUS, scannedPageStructure, TEST_SCAN, textLayerLattice } from './corpus-scan.js';

/** Beijing 公安局's 一般公共预算基本支出表 (p. 12): 60 rows 9.6 pt apart under 9 pt text, long names and figures in every row. */
const BEIJING_POLICE = join(CORPUS, 'wide', '北京', '公安局_附件2：北京市公安局2026年度部门预算报表.pdf');

describe('a row rule between tight rows of text is a rule, border to border', () => {
  it('finds every row rule of the text layer’s lattice on the scan, none merged with the next', async () => {
    const [truth] = await textLayerLattice(BEIJING_POLICE, 12);
    const [table] = findTables((await scannedPageStructure(BEIJING_POLICE, 12, { ...TEST_SCAN, skew: -0.13, noise: 8 })).segments);
    // Every row boundary of the text layer is found on the scan: none is lost, so no two rows (职业年金缴费
    // over 职工基本医疗保险缴费) are read as one cell.
    const lost = truth.rowEdges.filter((y) => !table.rowEdges.some((e) => Math.abs(e - y) <= 1.5));
    expect(lost).toEqual([]);
  });
});
