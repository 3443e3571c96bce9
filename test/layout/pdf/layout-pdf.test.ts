import { beforeAll, describe, expect, it } from 'vitest';
import { layoutPdfPage } from '../../../src/layout/pdf/layout-pdf.js';
import type { Grid, LaidOutDocument, SourcePage, TextBlock, TextRun } from '../../../src/model/index.js';
import { corpusPdf as doc } from '../../../scripts/lib/corpus.js';
import { laidOut, textLayer } from '../../corpus-pages.js';

const grids = (d: LaidOutDocument, page: number) => d.blocks.filter((b): b is Grid => b.kind === 'grid' && b.pageFrom === page);
const texts = (d: LaidOutDocument, page: number) =>
  d.blocks.filter((b): b is TextBlock => b.kind === 'text').flatMap((b) => b.lines).filter((l) => l.place.page === page);
/** The row whose cells include one with exactly this text. */
const rowWith = (g: Grid, text: string) => g.rows.find((r) => r.cells.some((c) => c.text === text));
const cellTexts = (g: Grid, text: string) => rowWith(g, text)?.cells.map((c) => [c.col, c.text]);

describe('上海市普陀区司法局 2026: 类/款/项 code columns, ruled', () => {
  let d: LaidOutDocument;
  beforeAll(async () => {
    d = await laidOut(await doc('上海市普陀区司法局2026年部门预算.pdf'));
  }, 60_000);

  it('has every page and the expenditure table as a ruled grid with codes and amounts in their columns', () => {
    expect(d.pageCount).toBe(23);
    expect(d.sourceKind).toBe('pdf_text');
    const [g] = grids(d, 12);
    expect(g).toMatchObject({ strategy: 'ruled', columnCount: 7, pageFrom: 12, pageTo: 12 });
    expect(cellTexts(g, '行政运行')).toEqual([
      [0, '204'], [1, '06'], [2, '01'], [3, '行政运行'], [4, '16726725.44'], [5, '16726725.44'], [6, '0.00'],
    ]);
    // A 类 row leaves 款 and 项 blank (blank cells are kept, not dropped).
    expect(cellTexts(g, '公共安全支出')).toEqual([
      [0, '204'], [1, ''], [2, ''], [3, '公共安全支出'], [4, '87267272.44'], [5, '16726725.44'], [6, '70540547.00'],
    ]);
  });

  it('keeps merged header cells with their spans and places', () => {
    const [g] = grids(d, 12);
    const name = g.rows.flatMap((r) => r.cells).find((c) => c.text === '功能分类科目名称')!;
    expect(name).toMatchObject({ col: 3, rowSpan: 2, colSpan: 1 });
    expect(name.place.page).toBe(12);
    expect(name.place.bbox![2]).toBeGreaterThan(name.place.bbox![0]);
    const total = rowWith(grids(d, 13)[0], '合计')!.cells[0];
    expect(total).toMatchObject({ col: 0, colSpan: 4, text: '合计' });
  });

  it('gives the table on the continuation page its own grid with the same columns', () => {
    const [g] = grids(d, 13);
    expect(g.columnCount).toBe(7);
    expect(cellTexts(g, '住房公积金')).toEqual([
      [0, '221'], [1, '02'], [2, '01'], [3, '住房公积金'], [4, '2087959.00'], [5, '2087959.00'], [6, '0.00'],
    ]);
  });

  it('joins soft line breaks of the narrative into paragraphs placed at their first line', () => {
    const lines = texts(d, 8);
    const p = lines.find((l) => l.text.startsWith('3、公共安全支出（204类）司法（06款）普法宣传（05项）'))!;
    expect(p.text).toContain('2025年当年预算执行数为118.46万元，2026年预算安排124.29万元');
    expect(p.text).not.toContain(' ');
    const [x0, y0, x1, y1] = p.place.bbox!;
    expect(y1 - y0).toBeGreaterThan(25); // two printed lines
    expect(x1 - x0).toBeGreaterThan(500);
    expect(lines.some((l) => l.text === '2026年部门支出预算总表')).toBe(false);
    expect(texts(d, 12).map((l) => l.text)).toContain('2026年部门支出预算总表');
  });
});

describe('北京市司法局 2026 报表: combined code-name cells', () => {
  let d: LaidOutDocument;
  beforeAll(async () => {
    d = await laidOut(await doc('司法局_附件2：北京市司法局2026年度部门预算报表.pdf'));
  }, 60_000);

  it('has 50 pages and the two-sided summary with the amount beside its own item', () => {
    expect(d.pageCount).toBe(50);
    const [g] = grids(d, 1);
    expect(g.columnCount).toBe(4);
    expect(cellTexts(g, '一、一般公共预算拨款收入')).toEqual([
      [0, '一、一般公共预算拨款收入'], [1, '29,569.515638'], [2, '一、一般公共服务支出'], [3, ''],
    ]);
    expect(cellTexts(g, '四、公共安全支出')?.[3]).toEqual([3, '25,908.655988']);
  });

  it('keeps function, government-economic and department-economic code cells apart', () => {
    const [g] = grids(d, 5);
    const row = g.rows.find((r) => r.cells[0].text === '2040604-基层司法业务' && r.cells[2].text === '3021101-差旅费')!;
    expect(row.cells.slice(0, 6).map((c) => c.text)).toEqual([
      '2040604-基层司法业务', '50201-办公经费', '3021101-差旅费', '137.707000', '', '137.707000',
    ]);
  });
});

describe('杭州市司法局 2026: names only, no codes', () => {
  it('reads the expenditure table by names with amounts under 总计/人员支出/日常公用支出', async () => {
    const d = await laidOut(await doc('2026年杭州市司法局部门预算.pdf'));
    expect(d.pageCount).toBe(40);
    const [g] = grids(d, 26);
    expect(g.strategy).toBe('ruled');
    expect(cellTexts(g, '人员支出')).toEqual([[2, '人员支出'], [3, '日常公用支出']]);
    const row = g.rows.find((r) => r.cells[0].text === '行政运行')!;
    expect(row.cells.slice(0, 5).map((c) => c.text)).toEqual(['行政运行', '8,553.80', '7,000.77', '1,553.03', '']);
  }, 60_000);
});

/** A run of text at (x, y) in a 10pt font, ~5pt per Latin and 10pt per CJK character. */
function run(text: string, x: number, y: number): TextRun {
  const width = [...text].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 10 : 5), 0);
  return { text, x, y, width, height: 10, fontSize: 10 };
}
const page = (runs: TextRun[], segments: SourcePage['segments'] = []): SourcePage => ({
  number: 1, width: 600, height: 800, textLayer: 'text', runs, segments, lines: [],
});
const h = (y: number, x0: number, x1: number) => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number) => ({ x0: x, y0, x1: x, y1 });

describe('layoutPdfPage on synthetic pages', () => {
  it('finds an unruled table from aligned numbers, with a blank cell kept in its column', () => {
    const runs = [
      run('项目', 50, 100), run('合计', 300, 100), run('基本支出', 400, 100), run('项目支出', 500, 100),
      run('行政运行', 50, 120), run('1,000.00', 300, 120), run('1,000.00', 400, 120),
      run('一般行政管理事务', 50, 140), run('20.50', 315, 140), run('20.50', 515, 140),
      run('其他支出', 50, 160), run('3.00', 320, 160), run('1.00', 420, 160), run('2.00', 520, 160),
    ];
    const { grids: gs, paragraphs } = layoutPdfPage(page(runs));
    expect(paragraphs).toEqual([]);
    expect(gs).toHaveLength(1);
    const [g] = gs;
    expect(g).toMatchObject({ strategy: 'stream', columnCount: 4 });
    expect(g.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '合计', '基本支出', '项目支出'],
      ['行政运行', '1,000.00', '1,000.00', ''],
      ['一般行政管理事务', '20.50', '', '20.50'],
      ['其他支出', '3.00', '1.00', '2.00'],
    ]);
  });

  it('joins a cell that wraps over two lines and keeps two ruled tables on one page apart', () => {
    const segs = [
      h(100, 50, 350), h(130, 50, 350), h(160, 50, 350), v(50, 100, 160), v(250, 100, 160), v(350, 100, 160),
      h(300, 50, 350), h(320, 50, 350), v(50, 300, 320), v(200, 300, 320), v(350, 300, 320),
    ];
    const runs = [
      run('机关事业单位基本养老', 55, 102), run('保险缴费支出', 55, 115), run('1,839.49', 300, 108),
      run('住房公积金', 55, 140), run('208.80', 300, 140),
      run('单位：万元', 55, 250),
      run('合计', 55, 305), run('2,048.29', 300, 305),
    ];
    const { grids: gs, blocks } = layoutPdfPage(page(runs, segs));
    expect(gs.map((g) => g.strategy)).toEqual(['ruled', 'ruled']);
    expect(gs[0].rows[0].cells.map((c) => c.text)).toEqual(['机关事业单位基本养老保险缴费支出', '1,839.49']);
    expect(gs[1].rows[0].cells.map((c) => c.text)).toEqual(['合计', '2,048.29']);
    // Reading order: first table, the unit line, second table.
    expect(blocks.map((b) => b.kind)).toEqual(['grid', 'text', 'grid']);
  });

  it('does not turn prose with numbers into a table', () => {
    const runs = [
      run('2026年收入预算9628.22万元，其中：财政拨款收入9628.22万元，比上年增加793.14万元；', 50, 100),
      run('事业收入0万元；其他收入0万元。', 50, 115),
    ];
    const { grids: gs, paragraphs } = layoutPdfPage(page(runs));
    expect(gs).toEqual([]);
    expect(paragraphs).toHaveLength(1);
  });
});
