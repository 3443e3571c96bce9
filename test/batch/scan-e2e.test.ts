import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../src/process-document.js';
import { corpusScan, multisetHits, PUTUO_JUSTICE } from '../ingest/ocr/corpus-scan.js';

/**
 * A scanned disclosure end to end through --ocr auto: structure from the image, the same grid model and
 * recognisers as the text layer, and the text layer's amounts as the truth. The scan is made at test time
 * from two corpus pages (the income table and the 三公 table).
 */

describe('a scanned budget through the whole pipeline', () => {
  it('reads its tables as line items the text layer would give, with OCR confidence', async () => {
    const scan = await corpusScan(PUTUO_JUSTICE, [11, 21]);
    const r = await processDocument('scan.pdf', scan.bytes, defaultSettings({ ocr: 'auto' }));
    expect([r.sourceKind, r.status]).toEqual(['pdf_scan', 'ok']);
    expect(r.facts?.meta).toMatchObject({ department: '上海市普陀区司法局', fiscalYear: 2026, docType: 'budget' });
    const items = r.facts!.tables.flatMap((t) => t.lineItems).filter((li) => li.amount.text !== null);
    expect(items.every((li) => li.amount.confidence !== undefined && li.amount.place.bbox)).toBe(true);
    // The table page: every amount of the text layer among the line items (as a multiset).
    const expected = scan.amounts[0];
    const hit = multisetHits(expected, items.map((li) => li.amount.text!));
    expect(hit / expected.length).toBeGreaterThanOrEqual(0.98);
    // The 三公 page.
    const three = Object.fromEntries(r.facts!.threePublic.filter((f) => f.source === 'table').map((f) => [f.item, f.amount.text]));
    expect(three).toMatchObject({ total: '10.81', reception: '0.83', vehicle_total: '9.98', vehicle_operation: '9.98' });
  });
});
