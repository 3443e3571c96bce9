import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool, ocrPages } from '../../../src/ingest/ocr/index.js';
import { findTextLines } from '../../../src/ingest/ocr/text-lines.js';
import { CORPUS, corpusScan, withPdf } from './corpus-scan.js';

/** A Zhuhai budget whose cover (p. 1) prints a department name of 19 characters in a large font. */
const ZHUHAI_WORKS = join(CORPUS, 'wide', '珠海', '财政局_2026年部门预算.pdf');

const pool = new OcrPool();
afterAll(() => pool.close());

describe('text outside tables, line by line through the line model', () => {
  it('reads every line of a cover as the text layer has it', async () => {
    const truth = await withPdf(new Uint8Array(readFileSync(ZHUHAI_WORKS)), async (doc) =>
      (await (await doc.getPage(1)).getTextContent()).items.map((t) => ('str' in t ? t.str.replace(/\s/g, '') : '')).filter(Boolean),
    );
    const { bytes } = await corpusScan(ZHUHAI_WORKS, [1]);
    const [scanned] = await ocrPages(bytes, [1], { pool });
    const read = scanned.runs.map((r) => r.text).join('');
    expect(truth.length).toBeGreaterThanOrEqual(2);
    for (const line of truth) expect(read).toContain(line);
  });

  it('cuts a borderless table row whose wrapped label has its figures centred between the label lines', () => {
    // Label: 6 glyphs on the first line, 2 under them; two figures centred on the pair of lines. 20 px glyphs.
    const width = 600;
    const data = new Uint8Array(width * 100);
    const block = (x: number, y: number, w = 16, h = 20) => {
      for (let k = y; k < y + h; k++) for (let j = x; j < x + w; j++) data[k * width + j] = 1;
    };
    [10, 30, 50, 70, 90, 110].forEach((x) => block(x, 20));
    [10, 30].forEach((x) => block(x, 46));
    block(200, 33, 60, 14);
    block(320, 33, 60, 14);
    expect(findTextLines({ width, height: 100, data })).toEqual([
      [10, 20, 126, 40],
      [200, 33, 260, 47],
      [320, 33, 380, 47],
      [10, 46, 46, 66],
    ]);
  });

  it('splits a row at a gap wider than its height, not between the characters of a word', () => {
    // Two words on one row: 3 glyph blocks, a wide gap, 2 glyph blocks; 20 px high.
    const width = 400;
    const data = new Uint8Array(width * 60);
    const glyph = (x: number) => {
      for (let y = 20; y < 40; y++) for (let k = x; k < x + 16; k++) data[y * width + k] = 1;
    };
    [10, 30, 50, 200, 220].forEach(glyph);
    const lines = findTextLines({ width, height: 60, data });
    expect(lines).toEqual([
      [10, 20, 66, 40],
      [200, 20, 236, 40],
    ]);
  });
});
