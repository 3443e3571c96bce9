import { describe, expect, it } from 'vitest';
import { LaidOutDocument, type Cell, type GridRow } from '../../../src/model/index.js';
import { recogniseProjects } from '../../../src/recognise/performance/index.js';

/**
 * A PDF-like form in another arrangement: ruled grid with real column spans, label and value cells
 * side by side on one row, 起 and 止 on the same row, the unit in the funds label (元), the ticked box
 * as a glyph, and an indicator grid whose halves share the 一级/二级 columns (no second 二级指标).
 * A second project follows without its own title.
 */
const PAGE = 3;
let y = 100;
function row(...cells: (string | [string, number])[]): GridRow {
  y += 20;
  let col = 0;
  const out: Cell[] = cells.map((c) => {
    const [text, colSpan] = typeof c === 'string' ? [c, 1] : c;
    const cell: Cell = { text, col, colSpan, rowSpan: 1, place: { page: PAGE, bbox: [50 + col * 80, y, 50 + (col + colSpan) * 80, y + 20] } };
    col += colSpan;
    return cell;
  });
  return { cells: out, place: { page: PAGE, bbox: [50, y, 530, y + 20] } };
}

const rows: GridRow[] = [
  row('项目名称', ['社区服务中心运维', 2], '项目负责人', '王五', '联系电话', '020-12345678'),
  row('项目实施单位', ['某某街道办事处', 6]),
  row('项目属性', ['□新增项目 ☑延续性项目 □一次性项目', 6]),
  row('项目实施时间', ['起：2022年3月', 3], ['止：2023年2月', 3]),
  row('项目资金（单位：元）', '中期资金总额', '1,200,000.00', '年度资金总额', '400,000.00', '', ''),
  row('', '其中：财政拨款', '1,000,000.00', '其中：财政拨款', '400,000.00', '', ''),
  row('', '其他资金', '200,000.00', '其他资金', '', '', ''),
  row('总体目标', ['中期目标', 3], ['年度目标', 3]),
  row('', ['三年内服务居民三万人次', 3], ['全年服务居民一万人次', 3]),
  row('一级指标', '二级指标', ['三级指标', 2], '指标值', '三级指标', '指标值'),
  row('产出指标', '数量指标', ['培训人次', 2], '≥500人次', '培训人次', '≥200人次'),
  row('', '质量指标', ['培训合格率', 2], '100%', '年度合格率', '≥98%'),
  row('', '', ['场地完好率', 2], '≥95%', '场地完好率（年度）', '≥95%'),
  // A remnant repeating the row above (a row-spanning cell drawn twice): not a new indicator.
  row('', '', ['场地完好率', 2], '≥95%', '场地完好率（年度）', '≥95%'),
  row('效益指标', '社会效益指标', ['服务居民', 2], '3万人次', '服务居民', '1万人次'),
  row('满意度指标', '服务对象满意度指标', ['居民满意度', 2], '≥90%', '居民满意度', '≥90%'),
  row('项目名称', ['第二个项目', 6]),
  row('年度资金总额', ['50000元', 6]),
  row('一级指标', '二级指标', ['三级指标', 2], '指标值', '三级指标', '指标值'),
  row('产出指标', '时效指标', ['按期完成', 2], '12月底前', '按期完成', '12月底前'),
];

const doc = LaidOutDocument.parse({
  fileName: 'synthetic.pdf',
  sourceKind: 'pdf_text',
  pageCount: 3,
  blocks: [
    { kind: 'text', lines: [{ text: '2022年项目支出绩效目标表', place: { page: PAGE, bbox: [200, 80, 400, 100] } }] },
    { kind: 'grid', strategy: 'ruled', columnCount: 7, rows, place: { page: PAGE, bbox: [50, 120, 610, 500] }, pageFrom: PAGE, pageTo: PAGE },
  ],
});

describe('recogniseProjects on a ruled grid in another arrangement', () => {
  const [p, second, ...rest] = recogniseProjects(doc);

  it('reads the labelled fields whatever their columns', () => {
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({
      name: '社区服务中心运维',
      implementingUnit: '某某街道办事处',
      manager: '王五',
      phone: '020-12345678',
      attribute: '延续',
      startText: '2022年3月',
      endText: '2023年2月',
      startDate: '2022-03-01',
      endDate: '2023-02-28',
      midTermGoal: '三年内服务居民三万人次',
      annualGoal: '全年服务居民一万人次',
      place: { page: PAGE },
    });
    expect(p.fieldPlaces.phone).toEqual({ page: PAGE, bbox: [530, 120, 610, 140] });
  });

  it('reads funds in the unit of the funds label, exactly', () => {
    expect(p.midTerm.total).toMatchObject({ text: '1200000.00', unit: '元', fen: 120_000_000, decimals: 2 });
    expect(p.midTerm.fiscal?.fen).toBe(100_000_000);
    expect(p.midTerm.other?.fen).toBe(20_000_000);
    expect(p.annual.total?.fen).toBe(40_000_000);
    expect(p.annual.fiscal?.fen).toBe(40_000_000);
    expect(p.annual.other).toBeNull();
  });

  it('splits indicator rows at the header columns when the halves share the 二级 column', () => {
    const pick = (h: string) => p.indicators.filter((i) => i.horizon === h).map((i) => [i.level1, i.level2, i.name, i.target]);
    expect(pick('mid_term')).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次'],
      ['产出指标', '质量指标', '培训合格率', '100%'],
      ['产出指标', '质量指标', '场地完好率', '≥95%'],
      ['效益指标', '社会效益指标', '服务居民', '3万人次'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
    expect(pick('annual')).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥200人次'],
      ['产出指标', '质量指标', '年度合格率', '≥98%'],
      ['产出指标', '质量指标', '场地完好率（年度）', '≥95%'],
      ['效益指标', '社会效益指标', '服务居民', '1万人次'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
    expect(p.indicators[0].place).toEqual({ page: PAGE, bbox: [210, 320, 370, 340] });
  });

  it('cuts a run holding two projects before the second 项目名称', () => {
    expect(second).toMatchObject({ name: '第二个项目', attribute: null, startDate: null });
    expect(second.annual.total).toMatchObject({ unit: '元', fen: 5_000_000 });
    expect(second.midTerm.total).toBeNull();
    expect(second.indicators.map((i) => [i.horizon, i.level2, i.target])).toEqual([
      ['mid_term', '时效指标', '12月底前'],
      ['annual', '时效指标', '12月底前'],
    ]);
  });
});

describe('a grid with one horizon', () => {
  it('gives every indicator to the horizon its header names (年度指标值 -> annual)', () => {
    y = 100;
    const single = LaidOutDocument.parse({
      fileName: 'single.pdf',
      sourceKind: 'pdf_text',
      pageCount: 1,
      blocks: [
        { kind: 'text', lines: [{ text: '项目支出绩效目标表（2022年度）', place: { page: 1 } }] },
        {
          kind: 'grid',
          strategy: 'ruled',
          columnCount: 4,
          place: { page: 1 },
          rows: [
            row('项目名称', ['单一年度项目', 3]),
            row('年度资金总额', ['30', 3]),
            row('一级指标', '二级指标', '三级指标', '年度指标值'),
            row('产出指标', '数量指标', '采购设备', '10台'),
            row('', '时效指标', '完成时间', '2022年6月底前'),
          ],
        },
      ],
    });
    const [p] = recogniseProjects(single);
    expect(p.annual.total?.fen).toBe(30_000_000);
    expect(p.indicators.map((i) => [i.horizon, i.level2, i.name, i.target])).toEqual([
      ['annual', '数量指标', '采购设备', '10台'],
      ['annual', '时效指标', '完成时间', '2022年6月底前'],
    ]);
  });
});
