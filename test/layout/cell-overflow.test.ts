/**
 * cell-overflow: a wrapped cell's last line printed over the row's bottom rule (Excel prints it half hidden) belongs to
 * the cell it wraps from, not to the cell below where its centre falls. 北京市水务局 p.112 (cut at test time), 水利工程日常
 * 维修养护费（中央）: three 定性 targets in consecutive rows, the first two overflowing their cells.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/model/index.js';
import { laidOutPages } from '../corpus-pages.js';

const cellTexts = async () => {
  const doc = await laidOutPages('wide/北京/水务局_2026年部门预算.pdf', [112]);
  return doc.blocks.filter((b): b is Grid => b.kind === 'grid').flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => c.text)));
};

describe('cell-overflow', () => {
  it('gives an overflowing last line back to the cell it wraps from', async () => {
    const texts = await cellTexts();
    expect(texts).toContain('及时修复整改工程缺陷，确保工程完整及安全运行');
    expect(texts).toContain('不发生因工程安全隐患引起的人民生命和财产损失');
    expect(texts).toContain('优');
  });
  it('near miss: a cell keeps its own first line, printed below its top rule (不发生因工… stays in its cell)', async () => {
    const texts = await cellTexts();
    expect(texts.some((t) => t.startsWith('全运行') || t.endsWith('全运行不发生'))).toBe(false);
    expect(texts.filter((t) => t.startsWith('不发生因工程'))).toHaveLength(1);
  });
});
