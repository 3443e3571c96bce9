import { describe, expect, it } from 'vitest';
import type { LaidOutDocument } from '../../../src/model/index.js';
import { recogniseDocument } from '../../../src/recognise/index.js';
import { laidOutPages } from '../../corpus-pages.js';

/** Wuhan's 国家信访局 三公 table (p. 15): 预算数 and 决算数 side by side, a numbering row 1 … 12, one row of figures. */
const WUHAN_PETITIONS = 'wide/武汉/信访局_国家信访局2024年度部门决算公开.pdf';

/** The page as a scan reads it when one mark of its numbering row is misread (5 read as D) or read as nothing. */
function withMark(doc: LaidOutDocument, from: string, to: string): LaidOutDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b) =>
      b.kind !== 'grid' ? b : { ...b, rows: b.rows.map((r) => (r.cells.filter((c) => /^\d{1,2}$/.test(c.text)).length >= 10 ? { ...r, cells: r.cells.map((c) => (c.text === from ? { ...c, text: to } : c)) } : r)) },
    ),
  };
}

const figures = (doc: LaidOutDocument) =>
  recogniseDocument(doc).threePublic.filter((x) => x.source === 'table' && x.amount.text !== null).map((x) => `${x.period}|${x.item}=${x.amount.text}`).sort();

describe('a numbering row with one mark lost is still the numbering row', () => {
  it('reads the 三公 figures, not the column numbers, when a mark reads as a letter or as nothing', async () => {
    const doc = await laidOutPages(WUHAN_PETITIONS, [15]);
    const truth = figures(doc);
    expect(truth).toEqual(expect.arrayContaining(['budget|total=76.43', 'final|total=46.21', 'final|reception=0.90']));
    expect(figures(withMark(doc, '5', 'D'))).toEqual(truth);
    expect(figures(withMark(doc, '5', ''))).toEqual(truth);
  });

  it('takes a row with two marks lost, or a figure among the marks, for a row of figures', async () => {
    const doc = await laidOutPages(WUHAN_PETITIONS, [15]);
    // Two letters: the row no longer counts on; a decimal among the marks is a figure, not a misread mark.
    expect(figures(withMark(withMark(doc, '5', 'D'), '8', 'B'))).toEqual(expect.arrayContaining(['budget|total=1']));
    expect(figures(withMark(doc, '5', '5.0'))).toEqual(expect.arrayContaining(['budget|total=1']));
  });
});
