/**
 * A table title OCR misread by one character still names its kind when exactly one kind is one character away,
 * on a real page of ../shared/corpus/wide cut at test time. The misreading is the one PP-OCRv4 made of this page
 * scanned sideways at 200 dpi (scripts/scan-accuracy.ts, rot270-200): 支 read as 文. Put into the page's own text
 * layer, so the test holds the recogniser, not one scan's luck.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, cutPdf } from '../../scripts/lib/corpus.js';
import { IngestOptions, ingestDocument } from '../../src/ingest/index.js';
import { layoutDocument } from '../../src/layout/index.js';
import { recogniseDocument } from '../../src/recognise/index.js';
import { titleKind } from '../../src/recognise/table-kinds.js';

const FILE = 'wide/广州/2026年广州市宣传部部门预算.pdf';
const PRINTED = '部门预算基本支出预算表';

/** p. 18 (部门预算基本支出预算表, economic classes by unit, names only) with its title as given. */
async function tablesWithTitle(title: string) {
  const bytes = await cutPdf(new Uint8Array(readFileSync(corpusFile(FILE))), [18]);
  const source = await ingestDocument(bytes, FILE, IngestOptions.parse({ ocr: 'never' }));
  const runs = source.pages[0].runs;
  const at = runs.findIndex((r) => r.text.replace(/\s+/g, '') === PRINTED);
  expect(at).toBeGreaterThanOrEqual(0);
  runs[at] = { ...runs[at], text: title };
  return (await recogniseDocument(layoutDocument(source))).tables;
}

describe('titles one character off', () => {
  it('title-one-character-off: a misread title is read as the one kind one character away, with its rows', async () => {
    const [table] = await tablesWithTitle('部门预算基本文出预算表');
    expect(table.kind).toBe('gpb_basic_by_economic');
    // The title stays as read: the kind is the reading, the text is what the page gave.
    expect(table.title).toBe('部门预算基本文出预算表');
    const wages = table.lineItems.find((li) => li.name === '工资福利支出' && li.measure === 'total');
    expect(wages?.amount?.text).toBe('5103.89');
  });

  it('title-one-character-off, near misses: a title between two kinds, or of a part of the spending, stays other', () => {
    // 收入 and 支出 both one character from '部门预算收出表': no kind is chosen.
    expect(titleKind('部门预算收出表')).toBe('other');
    // One character from 基本支出, but a table of project spending is never a standard table.
    expect(titleKind('项目支出基本文出表')).toBe('other');
    // Printed right: the printed kind, untouched.
    expect(titleKind(PRINTED)).toBe('gpb_basic_by_economic');
    // Two characters are too few to repair: 市公安局 is not 三公, whatever one character would make of it.
    expect(titleKind('附件：北京市公安局2026年度部门预算报表')).toBe('other');
    // Not a title at all (a sentence): no repair.
    expect(titleKind('本部门基本文出预算表，详见附件。')).toBe('other');
  });
});
