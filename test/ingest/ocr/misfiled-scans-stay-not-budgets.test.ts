import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS } from './corpus-scan.js';

/** Real image-only downloads filed as budgets (see ../shared/corpus/MANIFEST.tsv): read through OCR as they are. */
const NOTICE_WITH_TABLE = join(CORPUS, 'pdf', 'renwu', '文化广电旅游体育局_2026年部门预算.pdf');

describe('a notice cover vetoes the table evidence of a disclosure', () => {
  afterAll(() => closeOcr());

  it('keeps a scanned funds notice (通知, 〔2025〕42号) with its allocation table not a budget', async () => {
    const r = await processDocument('scan.pdf', new Uint8Array(readFileSync(NOTICE_WITH_TABLE)), defaultSettings({ ocr: 'auto' }));
    expect(r.sourceKind).toBe('pdf_scan');
    expect(r.status).toBe('not_budget');
    expect(r.error).toMatch(/notice|通知/);
  }, 180_000);
});
