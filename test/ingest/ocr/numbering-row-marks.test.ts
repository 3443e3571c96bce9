import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr } from '../../../src/ingest/ocr/index.js';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import { CORPUS, corpusScan, TEST_SCAN } from './corpus-scan.js';

/** A Hangzhou budget whose 表6 (basic expenditure by economic class) prints names only, no codes. */
const HANGZHOU_WEATHER = join(CORPUS, 'wide', '杭州', '气象局_2026年部门预算.pdf');

const codesOf = (r: Awaited<ReturnType<typeof processDocument>>) =>
  [...new Set((r.facts?.tables ?? []).filter((t) => t.kind === 'gpb_basic_by_economic').flatMap((t) => t.lineItems.map((li) => li.code ?? `uncoded ${li.name}`)))].sort();

describe('the starred label cells of a numbering row, as a scan reads them', () => {
  afterAll(() => closeOcr());
  it('a scanned names-only table whose ** marks OCR reads as 米 still takes the codes its text layer gets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'numbering-'));
    try {
      const cut = join(dir, 'cut.pdf');
      execFileSync('qpdf', ['--warning-exit-0', HANGZHOU_WEATHER, '--pages', '.', '20', '--', cut]);
      const truth = codesOf(await processDocument('cut.pdf', new Uint8Array(readFileSync(cut)), defaultSettings({ ocr: 'never' })));
      expect(truth).toContain('30101');
      const { bytes } = await corpusScan(cut, [1], { ...TEST_SCAN, skew: 1.33, noise: 8 }, 5);
      const scanned = codesOf(await processDocument('cut.pdf', bytes, defaultSettings({ ocr: 'auto' })));
      expect(scanned).toEqual(truth);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
