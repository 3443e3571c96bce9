import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/ingest/index.js';
import { IngestOptions } from '../../../src/ingest/options.js';
import type { SourceDocument, SourcePage } from '../../../src/model/index.js';
import { FIXTURES } from '../../helpers.js';
import { corpusFile } from '../../../scripts/lib/corpus.js';
import { TABLE_PAGE, cn, makePdf } from './make-pdf.js';

// OCR off: these tests are about the text layer; pages without one must come back as 'none'.
const options = IngestOptions.parse({ ocr: 'never' });
const PUTUO = corpusFile('pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf');
const ENCRYPTED = join(FIXTURES, 'bad', 'encrypted-aes256.pdf');

const ingest = (bytes: Uint8Array, name = 'test.pdf') => ingestDocument(bytes, name, options);
const textOf = (p: SourcePage) => p.runs.map((r) => r.text).join('');
const runWith = (p: SourcePage, text: string) => p.runs.find((r) => r.text.includes(text));

async function failure(p: Promise<unknown>): Promise<{ kind?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { kind?: string; message: string };
  }
  throw new Error('expected the ingest to fail');
}

describe('ingestPdf on a synthetic page', () => {
  it('reads Chinese text in a non-embedded SimSun (UniGB-UCS2-H) font, top-left origin', async () => {
    const doc = await ingest(makePdf([{ content: TABLE_PAGE }]));
    const [page] = doc.pages;
    expect(doc.sourceKind).toBe('pdf_text');
    expect(page).toMatchObject({ number: 1, width: 400, height: 300, textLayer: 'text' });
    const title = runWith(page, '部门预算表')!;
    expect(title).toBeDefined();
    // Baseline at PDF y=260 on a 300pt page: the glyph box sits just above y = 40 from the top.
    expect(title.x).toBeCloseTo(40, 0);
    expect(title.y).toBeGreaterThan(28);
    expect(title.y + title.height).toBeLessThan(44);
    expect(title.fontSize).toBeCloseTo(12, 1);
  });

  it('finds ruling lines through the CTM, including a thin filled rectangle', async () => {
    const [page] = (await ingest(makePdf([{ content: TABLE_PAGE }]))).pages;
    const hs = page.segments.filter((s) => Math.abs(s.y0 - s.y1) < 0.01).sort((a, b) => a.y0 - b.y0);
    const vs = page.segments.filter((s) => Math.abs(s.x0 - s.x1) < 0.01).sort((a, b) => a.x0 - b.x0);
    expect(hs.map((s) => Math.round(s.y0))).toEqual([100, 120, 140]);
    expect(hs.every((s) => Math.round(s.x0) === 50 && Math.round(s.x1) === 250)).toBe(true);
    expect(vs.map((s) => Math.round(s.x0))).toEqual([50, 150, 250]);
    // Cell text keeps its cell: the code and the amount are separate runs.
    expect(runWith(page, '2040601')!.text).toBe('2040601');
    expect(runWith(page, '1,234.50')!.text).toBe('1,234.50');
  });

  it('splits one TJ at a wide gap into two runs and drops text drawn off the page', async () => {
    const content = [
      'BT /F2 10 Tf 20 100 Td [(2040601) -4000 (1,234.50)] TJ ET',
      `BT /F1 10 Tf 20 120 Td [${cn('行政')} -100 ${cn('运行')}] TJ ET`,
      `BT /F1 10 Tf 20 400 Td ${cn('上一页的字')} Tj ET`,
    ].join('\n');
    const [page] = (await ingest(makePdf([{ content }]))).pages;
    const texts = page.runs.map((r) => r.text);
    expect(texts).toContain('2040601');
    expect(texts).toContain('1,234.50');
    const amount = runWith(page, '1,234.50')!;
    expect(amount.x).toBeGreaterThan(runWith(page, '2040601')!.x + 60);
    // A small TJ kerning gap inside a word does not split it.
    expect(texts).toContain('行政运行');
    expect(textOf(page)).not.toContain('上一页');
  });

  it('reads text clipped out of view as not there: a cell clip hides the overflow, text inside it stays', async () => {
    const content = [
      // A spreadsheet cell 100..200 x 100..120 clipping its own text; the text wraps over the cell's bottom.
      'q 100 100 100 20 re W n',
      `BT /F1 10 Tf 105 105 Td ${cn('看得见')} Tj ET`,
      `BT /F1 10 Tf 105 85 Td ${cn('溢出的字')} Tj ET`,
      // The clip also cuts a line in the middle: 左 is inside, 右 is drawn right of the cell.
      `BT /F1 10 Tf 188 110 Td ${cn('左右')} Tj ET`,
      'Q',
      // After the clip is restored, text anywhere shows again.
      `BT /F1 10 Tf 105 85 Td ${cn('恢复后')} Tj ET`,
    ].join('\n');
    const [page] = (await ingest(makePdf([{ content }]))).pages;
    const text = textOf(page);
    expect(text).toContain('看得见');
    expect(text).toContain('恢复后');
    expect(text).not.toContain('溢出');
    expect(text).toContain('左');
    expect(text).not.toContain('右');
  });

  it('applies /Rotate 90: width and height swap and boxes are as displayed', async () => {
    const [page] = (await ingest(makePdf([{ content: TABLE_PAGE, rotate: 90 }]))).pages;
    expect(page.width).toBe(300);
    expect(page.height).toBe(400);
    const vs = page.segments.filter((s) => Math.abs(s.x0 - s.x1) < 0.01).map((s) => Math.round(s.x0)).sort();
    // Horizontal lines at PDF y = 200, 180, 160 become vertical lines at x = y.
    expect(vs).toEqual([160, 180, 200]);
    const code = runWith(page, '2040601')!;
    expect(code.height).toBeGreaterThan(code.width); // the line of text now runs downwards
  });

  it('marks a page without text as textLayer none and a document of such pages as pdf_scan', async () => {
    const doc = await ingest(makePdf([{ content: '0 0 m 10 10 l S' }, { content: '' }]));
    expect(doc.pages.map((p) => p.textLayer)).toEqual(['none', 'none']);
    expect(doc.sourceKind).toBe('pdf_scan');
  });

  it('is pdf_mixed when some pages with content have text and some do not', async () => {
    const image = 'q 400 0 0 300 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q';
    const doc = await ingest(makePdf([{ content: TABLE_PAGE }, { content: image }]));
    expect(doc.pages.map((p) => p.textLayer)).toEqual(['text', 'none']);
    expect(doc.sourceKind).toBe('pdf_mixed');
  });
});

describe('ingestPdf on a corpus document (上海市普陀区司法局 2026 部门预算)', () => {
  let doc: SourceDocument;
  it('reads every page with text and ruling lines', async () => {
    doc = await ingest(readFileSync(PUTUO), 'putuo.pdf');
    expect(doc.pages).toHaveLength(23);
    expect(doc.sourceKind).toBe('pdf_text');
    // Page 3 is blank in the file (no text, no image): 'none', and it does not make the document mixed.
    expect(doc.pages.filter((p) => p.textLayer !== 'text').map((p) => p.number)).toEqual([3]);
    const p12 = doc.pages[11];
    expect(p12.width).toBeCloseTo(842, 0);
    expect(p12.height).toBeCloseTo(595, 0);
    expect(textOf(p12)).toContain('2026年部门支出预算总表');
    expect(p12.segments.length).toBeGreaterThan(20);
  }, 60_000);

  it('keeps cells of one row apart as separate runs', () => {
    const p12 = doc.pages[11];
    const row = p12.runs.filter((r) => Math.abs(r.y - runWith(p12, '行政运行')!.y) < 2).sort((a, b) => a.x - b.x);
    expect(row.map((r) => r.text)).toEqual(['204', '06', '01', '行政运行', '16726725.44', '16726725.44', '0.00']);
  });
});

describe('ingestPdf failures', () => {
  it('a truncated PDF is unreadable', async () => {
    const bytes = readFileSync(PUTUO);
    for (const share of [0.3, 0.9]) {
      const e = await failure(ingest(bytes.subarray(0, Math.floor(bytes.length * share))));
      expect(e.kind).toBe('unreadable');
      expect(e.message).toMatch(/^The PDF .*\.$/);
    }
  });

  it('a PDF header followed by garbage is unreadable', async () => {
    const e = await failure(ingest(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)])));
    expect(e.kind).toBe('unreadable');
  });

  it('a password-protected PDF is encrypted, with one readable sentence', async () => {
    const e = await failure(ingest(readFileSync(ENCRYPTED)));
    expect(e.kind).toBe('encrypted');
    expect(e.message).toBe('The PDF is password-protected and cannot be opened without the password.');
  });

  it('a zero-byte file is empty', async () => {
    expect((await failure(ingest(new Uint8Array(0)))).kind).toBe('empty');
  });

  it('a PDF over the page limit is too_large', async () => {
    const e = await failure(ingestDocument(makePdf([{ content: '' }, { content: '' }]), 'x.pdf', IngestOptions.parse({ ocr: 'never', maxPages: 1 })));
    expect(e.kind).toBe('too_large');
  });

  it('leaves the caller\'s bytes intact (pdfjs transfers its input)', async () => {
    const bytes = makePdf([{ content: `BT /F1 12 Tf 10 10 Td ${cn('预算')} Tj ET` }]);
    await ingest(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await ingest(bytes)).pages).toHaveLength(1);
  });
});
