import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { corpusScan, TEST_SCAN } from './corpus-scan.js';
import { cutPages, processFile } from '../../corpus-pages.js';

/** A Hangzhou budget whose 表6 (basic expenditure by economic class) prints names only, no codes. */
const HANGZHOU_WEATHER = 'wide/杭州/气象局_2026年部门预算.pdf';

const codesOf = (r: Awaited<ReturnType<typeof processDocument>>) =>
  [...new Set((r.facts?.tables ?? []).filter((t) => t.kind === 'gpb_basic_by_economic').flatMap((t) => t.lineItems.map((li) => li.code ?? `uncoded ${li.name}`)))].sort();

describe('the starred label cells of a numbering row, as a scan reads them', () => {
  afterAll(() => closeOcr());
  it('a scanned names-only table whose ** marks OCR reads as 米 still takes the codes its text layer gets', async () => {
    const cut = await cutPages(HANGZHOU_WEATHER, [20]);
    const truth = codesOf(await processFile('cut.pdf', new Uint8Array(readFileSync(cut))));
    expect(truth).toContain('30101');
    const { bytes } = await corpusScan(cut, [1], { ...TEST_SCAN, skew: 1.33, noise: 8 }, 5);
    const scanned = codesOf(await processDocument('cut.pdf', bytes, defaultSettings({ ocr: 'auto' })));
    expect(scanned).toEqual(truth);
  }, 120_000);
});
