/**
 * Names a clipped cell cut short where the row's code is printed: an Excel sheet printed to PDF clips each cell,
 * and the text outside it is not read (by design), so long names lose their tail. The code catalogue completes
 * them, and the item says its name came from the catalogue. On pages of real PDFs of ../shared/corpus/wide cut at
 * test time.
 */
import { describe, expect, it } from 'vitest';
import { recognisePages } from '../corpus-pages.js';

describe('names-cut-by-clip', () => {
  it('completes function and economic names a clip cut, part by part, and says they came from the catalogue', async () => {
    // 北京市水务局 预算03表 (header p.5) p.12: 2130306 prints as '水利工程运行与维' and 30399 as '其他对个人和家庭的补' (the page shows the same).
    const facts = await recognisePages('wide/北京/水务局_2026年部门预算.pdf', [5, 12]);
    const items = facts.tables.flatMap((t) => t.lineItems).filter((li) => li.code === '2130306' && li.measure === 'total');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((li) => li.name.startsWith('水利工程运行与维护/'))).toBe(true);
    expect(items.every((li) => li.nameSource === 'catalogue')).toBe(true);
    expect(items.some((li) => li.name === '水利工程运行与维护/30399-其他对个人和家庭的补助')).toBe(true);
    // A row whose names were printed whole keeps them as printed.
    const whole = facts.tables.flatMap((t) => t.lineItems).filter((li) => li.code && li.nameSource === undefined);
    expect(whole.length).toBeGreaterThan(0);
  });

  it('near miss: a short name a document prints as the code\'s name is a printed variant, not a cut', async () => {
    // 深圳市建筑工务署 p.17 prints 221 as 住房保障 (the catalogue knows both 住房保障 and 住房保障支出 for 221).
    const facts = await recognisePages('wide/深圳/2026年深圳市建筑工务署部门预算.pdf', [17]);
    const items = facts.tables.flatMap((t) => t.lineItems).filter((li) => li.code === '221');
    expect(items.some((li) => li.name === '住房保障')).toBe(true);
    expect(items.every((li) => li.nameSource === undefined)).toBe(true);
  });
});
