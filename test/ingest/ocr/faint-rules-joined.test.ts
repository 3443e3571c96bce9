import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS, corpusScan, FAINT_SCAN, scannedPageStructure, textLayerLattice } from './corpus-scan.js';

/** Changsha's 一般公共预算基本支出情况表 (p. 19, 万元): economic codes, 总计 = 人员类 + 公用经费. */
const CHANGSHA_POLICE = join(CORPUS, 'wide', '长沙', '公安局_2026年部门预算.pdf');
/** Shanghai's 收入预算总表 (p. 8): a two-level header over five income columns, codes split 类/款/项. */
const SHANGHAI_TRANSPORT = join(CORPUS, 'wide', '上海', '2026年上海市交通运输局_部门预算.pdf');

afterAll(() => closeOcr());

describe('faint rules joined: dashes of a worn rule make one rule, and it meets the border it broke before', () => {
  it.each([
    ['Changsha basic expenditure', CHANGSHA_POLICE, 19],
    ['Shanghai income summary', SHANGHAI_TRANSPORT, 8],
  ])('rebuilds the text layer lattice of the %s table from its faint scan', async (_name, file, page) => {
    const [truth] = await textLayerLattice(file, page);
    const tables = findTables((await scannedPageStructure(file, page, FAINT_SCAN)).segments);
    expect(tables).toHaveLength(1);
    expect([tables[0].rowCount, tables[0].colCount, tables[0].cells.length]).toEqual([truth.rowCount, truth.colCount, truth.cells.length]);
    // No merged cell where the printed table has none: a column of row rules that stops short merges them.
    expect(tables[0].cells.filter((c) => c.rowSpan > 1).length).toBe(truth.cells.filter((c) => c.rowSpan > 1).length);
  });

  it('reads the faint-ruled table as the text layer does: codes, 人员 and 公用 columns, and a total that closes', async () => {
    const { bytes } = await corpusScan(CHANGSHA_POLICE, [19], FAINT_SCAN);
    const r = await processDocument(CHANGSHA_POLICE, bytes, defaultSettings({ ocr: 'auto' }));
    const table = r.facts?.tables.find((t) => t.kind === 'gpb_basic_by_economic');
    expect(table).toBeDefined();
    const items = table!.lineItems.map((li) => `${li.code ?? li.name}|${li.measure}=${li.amount.text}`);
    expect(items).toEqual(
      expect.arrayContaining([
        '合计|total=28398.17',
        '合计|personnel=26353.16',
        '合计|public_funds=2045.01',
        '30101|total=2811.70',
        '30101|personnel=2811.70',
        '30199|total=7835.26',
        '302|total=2128.48',
        '302|personnel=83.47',
        '302|public_funds=2045.01',
        '30201|public_funds=280.00',
      ]),
    );
  });
});
