import { describe, expect, it } from 'vitest';
import { binarise, otsuThreshold, paperGrey, rotateGray, type Gray } from '../../../src/ingest/ocr/bitmap.js';
import { estimateSkew } from '../../../src/ingest/ocr/deskew.js';
import { findLines, lineSettingsFor, ruleMasks } from '../../../src/ingest/ocr/lines.js';

const DPI = 200;

/**
 * A landscape page as wide as a 200-dpi scan (so ink is sampled every second pixel): grey paper, a table
 * of faint one-pixel rules, and dark text-like blocks in its cells.
 */
function faintTablePage(ruleGrey = 185): Gray {
  const width = 2340;
  const height = 1200;
  const data = new Uint8Array(width * height).fill(235);
  const fill = (x0: number, y0: number, x1: number, y1: number, v: number) => {
    for (let y = y0; y < y1; y++) data.fill(v, y * width + x0, y * width + x1);
  };
  const cols = [100, 700, 1300, 1900, 2200];
  const rows = Array.from({ length: 14 }, (_, i) => 100 + i * 70);
  for (const y of rows) fill(cols[0], y, cols[cols.length - 1] + 1, y + 1, ruleGrey);
  for (const x of cols) fill(x, rows[0], x + 1, rows[rows.length - 1] + 1, ruleGrey);
  for (let r = 0; r + 1 < rows.length; r++) for (let c = 0; c + 1 < cols.length; c++) for (let k = 0; k < 6; k++) fill(cols[c + 1] - 200 + k * 30, rows[r] + 25, cols[c + 1] - 180 + k * 30, rows[r] + 45, 30);
  return { width, height, data };
}

describe('skew of a page sampled every second pixel', () => {
  it('finds 0.4° on a page whose faint rules are the only long lines', () => {
    expect(estimateSkew(binarise(rotateGray(faintTablePage(), 0.4)))).toBeCloseTo(0.4, 1);
    expect(estimateSkew(binarise(rotateGray(faintTablePage(), -0.37)))).toBeCloseTo(-0.37, 1);
  });

  it('leaves a straight page at 0°', () => {
    expect(estimateSkew(binarise(faintTablePage()))).toBe(0);
  });
});

describe('rules on lenient masks', () => {
  const settings = lineSettingsFor(DPI);
  const masksOf = (g: Gray) => ruleMasks(g, otsuThreshold(g), paperGrey(g));

  it('keeps a faint slanted one-pixel rule whole where the page-wide cut breaks it into dashes', () => {
    const page = rotateGray(faintTablePage(190), 0.3);
    const m = masksOf(page);
    const lenient = findLines(m.h, settings, m.v).filter((l) => l.orientation === 'h' && l.to - l.from > 1500);
    const plain = findLines(binarise(page), settings).filter((l) => l.orientation === 'h' && l.to - l.from > 1500);
    expect(lenient.length).toBeGreaterThanOrEqual(12);
    expect(plain.length).toBeLessThan(lenient.length);
  });

  it('joins a rule broken by gaps, and makes no rule of a row of thick title strokes', () => {
    const page = faintTablePage(60);
    const w = page.width;
    // Gaps of 5 px every 90 px along the first rule.
    for (let x = 150; x < 2200; x += 90) page.data.fill(235, 100 * w + x, 100 * w + x + 5);
    // A title: six glyphs whose thick horizontal strokes nearly touch (5 px high, 4 px apart).
    for (let k = 0; k < 6; k++) for (let y = 40; y < 45; y++) page.data.fill(20, y * w + 800 + k * 44, y * w + 840 + k * 44);
    const m = masksOf(page);
    const h = findLines(m.h, settings, m.v).filter((l) => l.orientation === 'h');
    expect(h.some((l) => Math.round(l.pos) === 100 && l.from <= 101 && l.to >= 2199)).toBe(true);
    expect(h.some((l) => l.pos < 60)).toBe(false);
  });
});
