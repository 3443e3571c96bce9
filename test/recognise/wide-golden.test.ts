/**
 * Hand-checked goldens of documents from ../shared/corpus/wide (fixtures/expected/wide), which the code
 * was not tuned on: every 项 line of the general-budget table, the 三公 figures and the totals rows of the
 * other core tables, exact. Only the goldens read exactly today are held here, so a change that helps
 * one city cannot silently break another; `npx tsx scripts/accuracy.ts --wide-only` scores them all.
 * Add a golden to HELD once it passes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import { WIDE_GOLDEN_DIR, goldenPdf, loadGoldens, runPdf, scoreDocument, type Miss } from '../../scripts/accuracy.js';

const HELD = [
  'beijing-caizhengju-2026-budget',
  'beijing-minzhengju-2026-budget',
  'fuzhou-kejiju-2026-budget',
  'shanghai-sifaju-jiedu-2026-budget',
  'shanghai-weijianwei-wenxianguan-2026-budget',
  'shenzhen-jiaotongju-2026-budget',
  'shenzhen-xinfangju-2026-budget',
];
const goldens = loadGoldens(WIDE_GOLDEN_DIR).filter((g) => HELD.includes(g.short));
const results = new Map<string, DocumentResult>();

beforeAll(async () => {
  for (const g of goldens) results.set(g.short, await runPdf(goldenPdf(g)));
}, 300_000);

const describeMiss = (m: Miss) => `${m.where} ${m.key} ${m.name} ${m.measure}: expected ${m.expected ?? 'blank'} ${m.unit}, got ${m.got}`;

describe('wide goldens read exactly', () => {
  it('holds every golden it names', () => {
    expect(goldens.map((g) => g.short).sort()).toEqual([...HELD].sort());
  });

  it.each(HELD)('%s: 项 lines, 三公 and core-table totals exact', (short) => {
    const g = goldens.find((x) => x.short === short)!;
    const s = scoreDocument(g, results.get(short)!);
    expect(s.labelled).toBeGreaterThan(20);
    expect(s.misses.map(describeMiss), `${s.exact}/${s.labelled} exact`).toEqual([]);
  });
});
