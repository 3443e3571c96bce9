/**
 * Precision and recall of the alarms on a few verified documents (fixtures/verified-flags/): the real pipeline
 * on real corpus files, scored against verdicts given by reading the pages. scripts/precision.ts does the same
 * over every verified document.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsOf, judgedFlagsOf } from '../../scripts/precision.js';
import { CORPUS_ROOT, type PrecisionReport, readMustReport, readVerdicts, score } from '../../scripts/lib/verified-flags.js';

/** Small documents of three cities whose flags are all judged: a Suzhou budget, a Chongqing one, a Guangzhou one. */
const SUBSET = ['苏州/科技创新局_2026年部门预算.pdf', '重庆/2026年重庆市气象局部门预算.pdf', '广州/2026年广州市宣传部部门预算.pdf'];

let report: PrecisionReport;

beforeAll(async () => {
  const docs = documentsOf(SUBSET);
  report = score(await judgedFlagsOf(docs), readVerdicts(), readMustReport());
}, 120_000);

describe.runIf(existsSync(CORPUS_ROOT))('alarms on verified flags', () => {
  it('keeps error precision at 95% or more and warning precision at 85% or more', () => {
    const by = Object.fromEntries(report.bySeverity.map((s) => [s.severity, s]));
    for (const [sev, min] of [['error', 0.95], ['warning', 0.85]] as const) {
      const s = by[sev];
      if (s && s.judged) expect(s.correct / s.judged, `${sev}: ${s.correct}/${s.judged}`).toBeGreaterThanOrEqual(min);
    }
  });
  it('still reports at least 90% of the real inconsistencies found by reading', () => {
    expect(report.recall.expected).toBeGreaterThan(0);
    expect(report.recall.found / report.recall.expected, JSON.stringify(report.recall.missed)).toBeGreaterThanOrEqual(0.9);
  });
});
