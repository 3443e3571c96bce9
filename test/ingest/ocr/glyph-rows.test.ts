import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { CORPUS, scannedPageStructure } from './corpus-scan.js';

/** A Beijing basic-expenditure table (p. 16): seven-digit codes and six-decimal figures close under their rules. */
const BEIJING_HRSS = join(CORPUS, 'wide', '北京', '人力资源和社会保障局_2026年部门预算.pdf');

describe('rules, not rows of glyph strokes', () => {
  it('finds one horizontal rule per row boundary, none along the tops of a code or through a name', async () => {
    const st = await scannedPageStructure(BEIJING_HRSS, 16);
    const [table] = findTables(st.segments);
    expect(table.rowCount).toBeGreaterThanOrEqual(30);
    const horizontal = st.lines.filter((l) => l.orientation === 'h');
    // A rule at every row boundary; a line along glyph strokes would be erased with the rules, taking the
    // decimal points and the tops of the digits with it.
    expect(horizontal.length).toBeLessThanOrEqual(table.rowCount + 3);
  });
});
