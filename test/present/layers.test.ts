import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The present layer reads the database: it may use model, util and store, never the pipeline stages. */
const root = path.resolve(import.meta.dirname, '../../src/present');
const FORBIDDEN = /from '(\.\.\/)+(ingest|layout|recognise|reconcile|batch|geometry)\//;

describe('present layer boundaries', () => {
  for (const dir of ['report', 'export']) {
    it(`src/present/${dir} imports no pipeline stage`, () => {
      const files = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(path.join(root, dir, f), 'utf8'), f).not.toMatch(FORBIDDEN);
    });
  }
});
