import { describe, expect, it } from 'vitest';
import { grayFromRgba } from '../../../src/ingest/ocr/bitmap.js';
import { detectOrientation, sidewaysTurn, turnGray } from '../../../src/ingest/ocr/orientation.js';
import { readFileSync } from 'node:fs';
import { degrade, renderClean, seeded } from '../../../scripts/lib/scan-image.js';
import { join } from 'node:path';
import { CORPUS, PUTUO_JUSTICE, TEST_SCAN, withPdf } from './corpus-scan.js';

/** A Fuzhou budget whose cover (p. 1) is four short lines in a large font. */
const FUZHOU_POLICE = join(CORPUS, 'wide', '福州', '2026年福州市公安局部门预算.pdf');
/** A Beijing budget whose 收支总表 (p. 16) is a wide landscape grid ruled in every row and column. */
const BEIJING_HRSS = join(CORPUS, 'wide', '北京', '人力资源和社会保障局_2026年部门预算.pdf');

/** Beijing's tables-only download; p. 12 is a dense 一般公共预算基本支出表 of about 75 ruled rows. */
const BEIJING_POLICE_TABLES = join(CORPUS, 'wide', '北京', '公安局_附件2：北京市公安局2026年度部门预算报表.pdf');

/** A corpus table page rendered and scanned the way a scanner fed it: upright, sideways or upside down. */
async function scannedTurned(rotate: 0 | 90 | 180 | 270, file = PUTUO_JUSTICE, page = 11, dpi = 150, skew = 0.3) {
  return withPdf(new Uint8Array(readFileSync(file)), async (doc) => {
    const { canvas } = await renderClean(doc, page, dpi);
    const scan = degrade(canvas, { ...TEST_SCAN, dpi, skew, rotate }, seeded(3));
    const rgba = scan.getContext('2d').getImageData(0, 0, scan.width, scan.height).data;
    return grayFromRgba(rgba, scan.width, scan.height);
  });
}

describe('page orientation before anything else', () => {
  it('turns sideways and upside-down scans upright', async () => {
    for (const rotate of [90, 180, 270] as const) expect((rotate + (await detectOrientation(await scannedTurned(rotate)))) % 360).toBe(0);
  });

  it('turns a cover of four large lines upright: its lines are read however tall they are', async () => {
    for (const rotate of [90, 180] as const) expect((rotate + (await detectOrientation(await scannedTurned(rotate, FUZHOU_POLICE, 1, 200)))) % 360).toBe(0);
  });

  it('judges the direction on the straightened page with its rules erased: a skewed landscape grid turned sideways comes upright', async () => {
    // Left in, the rules cross every pixel row and the half-degree slant runs the text lines together:
    // no clean line to vote with, and the page was left upside down.
    for (const rotate of [90, 270] as const) expect((rotate + (await detectOrientation(await scannedTurned(rotate, BEIJING_HRSS, 16, 200, -0.42), 200))) % 360).toBe(0);
  });

  it('measures row order over short pieces of rows: a dense table skewed by a degree is upright, and sideways when turned', async () => {
    // Across the whole width a 1-degree slant runs each pixel row through several text lines of the
    // table, the leading fills up, and the page was taken for sideways (0 of 146 amounts read).
    for (const skew of [-1, 1.4]) {
      expect(sidewaysTurn(await scannedTurned(0, BEIJING_POLICE_TABLES, 12, 200, skew))).toBe(0);
      expect(sidewaysTurn(await scannedTurned(90, BEIJING_POLICE_TABLES, 12, 200, skew))).toBe(90);
    }
  });

  it('leaves an upright page as it is', async () => {
    expect(await detectOrientation(await scannedTurned(0))).toBe(0);
  });

  it('turns by quarter turns exactly', () => {
    const g = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    expect(turnGray(g, 90)).toEqual({ width: 2, height: 3, data: new Uint8Array([4, 1, 5, 2, 6, 3]) });
    expect(turnGray(turnGray(g, 90), 270)).toEqual(g);
    expect(turnGray(g, 180).data).toEqual(new Uint8Array([6, 5, 4, 3, 2, 1]));
  });
});
