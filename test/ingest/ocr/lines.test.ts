import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/geometry/index.js';
import { binarise, otsuThreshold, rotateGray, type Gray } from '../../../src/ingest/ocr/bitmap.js';
import { estimateSkew } from '../../../src/ingest/ocr/deskew.js';
import { eraseLines, findLines, lineSettingsFor } from '../../../src/ingest/ocr/lines.js';
import { analysePage } from '../../../src/ingest/ocr/structure.js';

const DPI = 200;
const PX = DPI / 72;

/** A synthetic scan: grey paper, a 3 x 4 ruled table (2 px rules), a few glyph-like blocks inside cells. */
function ruledPage(): Gray {
  const width = 1000;
  const height = 600;
  const data = new Uint8Array(width * height).fill(235);
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) data.fill(20, y * width + x0, y * width + x1);
  };
  const cols = [100, 300, 500, 700, 900];
  const rows = [100, 180, 260, 340];
  for (const y of rows) ink(cols[0], y, cols[cols.length - 1] + 2, y + 2);
  for (const x of cols) ink(x, rows[0], x + 2, rows[rows.length - 1] + 2);
  // "Glyphs": short strokes that must not become lines (a CJK stroke, a digit's bar).
  ink(130, 130, 170, 133);
  ink(140, 120, 143, 160);
  ink(520, 210, 560, 212);
  // A large title stroke above the table, shorter than a rule.
  ink(400, 40, 440, 46);
  return { width, height, data };
}

describe('ruling line finder', () => {
  it('finds the rules of a table and nothing else', () => {
    const page = ruledPage();
    const lines = findLines(binarise(page), lineSettingsFor(DPI));
    const h = lines.filter((l) => l.orientation === 'h');
    const v = lines.filter((l) => l.orientation === 'v');
    expect(h.map((l) => Math.round(l.pos))).toEqual([100, 180, 260, 340].map((y) => y + 0.5).map(Math.round));
    expect(v).toHaveLength(5);
    for (const l of lines) expect(l.thickness).toBe(2);
  });

  it('gives segments from which the shared geometry builds the grid', () => {
    const st = analysePage(ruledPage(), DPI);
    expect(st.skewDegrees).toBe(0);
    const tables = findTables(st.segments);
    expect(tables).toHaveLength(1);
    expect(tables[0].rowCount).toBe(3);
    expect(tables[0].colCount).toBe(4);
    // Points, not pixels.
    expect(tables[0].bbox[0]).toBeCloseTo(100 / PX, 0);
  });

  it('erases the rules but keeps glyph strokes', () => {
    const page = ruledPage();
    const cut = otsuThreshold(page);
    const ink = binarise(page, cut);
    const out = new Uint8Array(page.data);
    eraseLines(out, page.width, { h: ink, v: ink }, cut, lineSettingsFor(DPI), findLines(ink, lineSettingsFor(DPI)));
    expect(out[100 * page.width + 250]).toBe(255); // on a rule
    expect(out[130 * page.width + 150]).toBe(20); // glyph bar
    expect(out[42 * page.width + 420]).toBe(20); // title stroke
    expect(out[140 * page.width + 141]).toBe(20); // tall glyph stroke
  });

  it('straightens a skewed page before finding lines', () => {
    const skewed = rotateGray(ruledPage(), 0.8);
    expect(estimateSkew(binarise(skewed))).toBeCloseTo(0.8, 1);
    const tables = findTables(analysePage(skewed, DPI).segments);
    expect(tables).toHaveLength(1);
    expect(tables[0].cells).toHaveLength(12);
  });
});
