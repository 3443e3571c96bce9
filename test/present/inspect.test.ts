import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/present/cli.js';
import { COLOURS } from '../../src/present/inspect/overlay.js';
import { cutPages } from '../corpus-pages.js';

/**
 * `inspect` on a real corpus page, cut at test time: a ruled 收入预算总表 page of a Shanghai budget (the project
 * ships no corpus file). The picture must show the pipeline's cells and values drawn in their colours.
 */

let dir: string;
let cut: string;
beforeAll(async () => {
  cut = await cutPages('wide/上海/2026年上海市交通运输局_部门预算.pdf', [8]);
  dir = path.dirname(cut);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hexRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

describe('budgetlens inspect', () => {
  it('draws the ruling lines, cells, values with codes and column roles over the page picture', async () => {
    const chunks: string[] = [];
    const out = { write: (s: string) => chunks.push(s) } as unknown as NodeJS.WritableStream;
    const code = await main(['inspect', cut, '--page', '1', '--out', path.join(dir, 'out'), '--ocr', 'never'], out);
    expect(code).toBe(0);
    const png = path.join(dir, 'out', 'page-1.png');
    expect(chunks.join('')).toContain(`Wrote ${png}`);
    const overlay = JSON.parse(readFileSync(path.join(dir, 'out', 'page-1.json'), 'utf8'));
    expect(overlay.cells.length).toBeGreaterThan(50);
    expect(overlay.segments.length).toBeGreaterThan(10);
    // The reader's codes and column roles for this page, as recognise gave them.
    expect(overlay.values.some((v: { code: string; text: string; measure: string }) => v.code === '2050305' && v.text === '317058710' && v.measure === 'total')).toBe(true);
    expect(overlay.columns.map((c: { measure: string }) => c.measure)).toContain('fiscal_appropriation');
    // Roles come from the table's parse report: the split 类|款|项 code columns and the name column are drawn too.
    expect(overlay.columns.filter((c: { role: string }) => c.role === 'code_part')).toHaveLength(3);
    expect(overlay.columns.map((c: { role: string }) => c.role)).toContain('name');

    const img = await loadImage(readFileSync(png));
    expect(img.width).toBe(Math.ceil(overlay.widthPt * 2));
    const ctx = createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const count = (hex: string) => {
      const [r, g, b] = hexRgb(hex);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) < 12 && Math.abs(data[i + 1] - g) < 12 && Math.abs(data[i + 2] - b) < 12) n++;
      return n;
    };
    // Cell outlines and value outlines are drawn, each in its own colour, far more than a printed page holds.
    expect(count(COLOURS.cell)).toBeGreaterThan(5000);
    expect(count(COLOURS.value)).toBeGreaterThan(2000);
    // The value's outline lies on its box: orange within two pixels of the first value's left edge.
    const v = overlay.values[0].bbox as number[];
    const strip = ctx.getImageData(Math.round(v[0] * 2) - 2, Math.round(((v[1] + v[3]) / 2) * 2), 5, 1).data;
    const [r, g, b] = hexRgb(COLOURS.value);
    const orange = [0, 1, 2, 3, 4].some((i) => Math.abs(strip[i * 4] - r) < 30 && Math.abs(strip[i * 4 + 1] - g) < 40 && Math.abs(strip[i * 4 + 2] - b) < 40);
    expect(orange).toBe(true);
  }, 120_000);

  it('says in one sentence that a page is past the end', async () => {
    const code = await main(['inspect', cut, '--page', '2', '--out', path.join(dir, 'out2'), '--ocr', 'never'], process.stdout);
    expect(code).toBe(1);
    expect(existsSync(path.join(dir, 'out2'))).toBe(false);
  }, 60_000);
});
