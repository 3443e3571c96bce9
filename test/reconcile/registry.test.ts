import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listRules, RULES } from '../../src/reconcile/index.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('rule registry', () => {
  it('registers every rule module once, with kebab-case ids, bilingual descriptions and a message template', () => {
    const files = readdirSync(join(here, '../../src/reconcile/rules')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(files);
    for (const r of RULES) {
      expect(r.meta.description.zh).toMatch(/[。]$/);
      expect(r.meta.description.en.length).toBeGreaterThan(10);
      expect(r.meta.message.length).toBeGreaterThan(5);
      expect(r.meta.docTypes.length).toBeGreaterThan(0);
    }
  });
  it('has a test file per rule', () => {
    const tests = readdirSync(join(here, 'rules')).map((f) => f.replace(/\.test\.ts$/, '')).sort();
    expect(tests).toEqual(RULES.map((r) => r.meta.id).sort());
  });
  it('lists the catalogue for `budgetlens rules`', () => {
    const rows = listRules();
    expect(rows).toHaveLength(RULES.length);
    expect(rows[0]).toEqual({ id: expect.any(String), severity: expect.any(String), docTypes: expect.any(String), description: expect.any(String), descriptionEn: expect.any(String) });
  });
});
