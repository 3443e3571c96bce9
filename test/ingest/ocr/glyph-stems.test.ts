import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, scannedPageStructure, TEST_SCAN, withPdf } from './corpus-scan.js';

/** A Hangzhou basic-expenditure table (p. 20): 本年一般公共预算基本支出 spans three columns over a two-row header. */
const HANGZHOU_WEATHER = join(CORPUS, 'wide', '杭州', '气象局_2026年部门预算.pdf');

/** Where the text layer puts a string on a page, in points from the top left. */
async function textBox(file: string, page: number, text: string): Promise<{ x0: number; x1: number; y0: number; y1: number }> {
  return withPdf(new Uint8Array(readFileSync(file)), async (doc) => {
    const p = await doc.getPage(page);
    const height = p.getViewport({ scale: 1 }).height;
    const item = (await p.getTextContent()).items.find((t) => 'str' in t && t.str.includes(text));
    if (!item || !('str' in item)) throw new Error(`${text} not on page ${page}`);
    const [x, y] = [item.transform[4], height - item.transform[5]];
    return { x0: x, x1: x + item.width, y0: y - item.height, y1: y };
  });
}

describe('glyph stems are not rule pieces', () => {
  it('does not join the stem of a header character to the column rule under it', async () => {
    const header = await textBox(HANGZHOU_WEATHER, 20, '本年一般公共预算基本支出');
    // The 基本 of the header stands right over the rule between 人员经费 and 日常公用支出.
    const st = await scannedPageStructure(HANGZHOU_WEATHER, 20, { ...TEST_SCAN, skew: -1.09 });
    const middle = (header.y0 + header.y1) / 2;
    const through = st.segments.filter((s) => s.x0 === s.x1 && s.x0 > header.x0 + 2 && s.x0 < header.x1 - 2 && s.y0 < middle && s.y1 > middle);
    // The columns under the spanning cell have their rules (合计 | 人员经费 | 日常公用支出), none through its text.
    expect(st.segments.filter((s) => s.x0 === s.x1 && s.x0 > header.x0 - 60 && s.x0 < header.x1 + 60 && s.y0 > header.y1 && s.y1 > 700).length).toBeGreaterThanOrEqual(2);
    expect(through).toEqual([]);
  });
});
