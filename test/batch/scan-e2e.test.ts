import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../src/process-document.js';
import { FIXTURES } from '../helpers.js';

/**
 * A scanned disclosure end to end through --ocr auto: structure from the image, the same grid model and
 * recognisers as the text layer, and the text layer's amounts as the truth (fixtures/scan).
 */
const PDF = `${FIXTURES}scan/skewed-noisy-budget-tables-scan.pdf`;
const truth = JSON.parse(readFileSync(`${FIXTURES}scan/skewed-noisy-budget-tables-scan.truth.json`, 'utf8')) as { pages: { page: number; amounts: string[] }[] };

describe('a scanned budget through the whole pipeline', () => {
  it('reads its tables as line items the text layer would give, with OCR confidence', async () => {
    const r = await processDocument(PDF, readFileSync(PDF), defaultSettings({ ocr: 'auto' }));
    expect([r.sourceKind, r.status]).toEqual(['pdf_scan', 'ok']);
    expect(r.facts?.meta).toMatchObject({ department: '上海市普陀区司法局', fiscalYear: 2026, docType: 'budget' });
    const items = r.facts!.tables.flatMap((t) => t.lineItems).filter((li) => li.amount.text !== null);
    expect(items.every((li) => li.amount.confidence !== undefined && li.amount.place.bbox)).toBe(true);
    // The table page: every amount of the text layer among the line items (as a multiset).
    const left = new Map<string, number>();
    for (const li of items) left.set(li.amount.text!, (left.get(li.amount.text!) ?? 0) + 1);
    const expected = truth.pages[0].amounts;
    const hit = expected.filter((a) => {
      const n = left.get(a) ?? 0;
      if (n) left.set(a, n - 1);
      return n > 0;
    }).length;
    expect(hit / expected.length).toBeGreaterThanOrEqual(0.98);
    // The 三公 page.
    const three = Object.fromEntries(r.facts!.threePublic.filter((f) => f.source === 'table').map((f) => [f.item, f.amount.text]));
    expect(three).toMatchObject({ total: '10.81', reception: '0.83', vehicle_total: '9.98', vehicle_operation: '9.98' });
  });
});
