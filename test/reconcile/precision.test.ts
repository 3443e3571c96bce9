/**
 * Precision and recall of the alarms on a few verified documents (fixtures/verified-flags/): the real pipeline
 * on real corpus files, scored against verdicts given by reading the pages. scripts/precision.ts does the same
 * over every verified document.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsOf, judgedFlagsOf } from '../../scripts/precision.js';
import { CORPUS_ROOT, type PrecisionReport, readMustReport, readVerdicts, score } from '../../scripts/lib/verified-flags.js';

/** Documents of three cities whose flags are judged, with real inconsistencies among them (Hangzhou, Fuzhou, Beijing). */
const SUBSET = ['杭州/交通运输局_2026年部门预算.pdf', '福州/公安局_2026年度福州市公安局巡特警支队单位预算.pdf.pdf', '北京/政府办公厅_附件2：中共北京市委军民融合发展委员会办公室2026年度部门预算报表.pdf'];

let report: PrecisionReport;

beforeAll(async () => {
  const docs = documentsOf(SUBSET);
  report = score(await judgedFlagsOf(docs), readVerdicts(), readMustReport());
}, 120_000);

describe.runIf(existsSync(CORPUS_ROOT))('alarms on verified flags', () => {
  // The targets are 95% (errors) and 85% (warnings), held as floors; the subset measures errors 14/14 and
  // warnings 3/3 (December 2026, after stop 17's rule work). The false alarms left are listed in docs/rules.md.
  it('does not fall below the measured error and warning precision', () => {
    const by = Object.fromEntries(report.bySeverity.map((s) => [s.severity, s]));
    for (const [sev, min] of [['error', 0.95], ['warning', 0.85]] as const) {
      const s = by[sev];
      if (s && s.judged) expect(s.correct / s.judged, `${sev}: ${s.correct}/${s.judged}`).toBeGreaterThanOrEqual(min);
    }
  });
  // The target is 90%; the subset measures 17 of 19 now (it was 7 of 9) (Hangzhou 交通运输局's 50.60 gap, found by reading, is
  // reported in two of its four places), and the floor may only be raised.
  it('still reports the real inconsistencies found by reading that it reports today', () => {
    expect(report.recall.expected).toBeGreaterThan(0);
    expect(report.recall.found / report.recall.expected, JSON.stringify(report.recall.missed)).toBeGreaterThanOrEqual(0.89);
  });
});
