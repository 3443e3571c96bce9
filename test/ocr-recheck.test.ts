import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../src/model/index.js';
import { recheckOcrSuspects, type RereadAnswer, type RereadRequest } from '../src/ocr-recheck.js';
import { reconcileDocument } from '../src/reconcile/index.js';
import { facts, table } from './reconcile/builders.js';

/** A scanned row whose 项目支出 27.73 was read with confidence 0.55; 278.27 + 21.73 = 300.00. */
function scanned(): DocumentFacts {
  const f = facts({
    tables: [table('expenditure_summary', '部门支出总体情况表', [{ name: '合计', cells: { total: '300.00', basic: '278.27', project: '27.73' }, confidence: { project: 0.55 } }])],
  });
  // OCR places: page and bbox for every cell.
  f.tables[0].lineItems.forEach((li, i) => (li.amount.place = { page: 3, bbox: [100 + 80 * i, 200, 170 + 80 * i, 214] }));
  return f;
}

const reconcile = (f: DocumentFacts) => reconcileDocument(f);
const answering = (agreed: string | null, confidence = 0.93) => async (requests: RereadRequest[]): Promise<RereadAnswer[]> =>
  requests.map((request) => ({ request, agreed, confidence: agreed === null ? 0 : confidence }));

describe('re-reading OCR suspects', () => {
  it('starts from an ocr-suspect note, not an accusation', () => {
    const flags = reconcile(scanned());
    expect(flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(flags.map((f) => f.rule)).toContain('ocr-suspect');
  });

  it('corrects the figure when the other readings agree on what the sum needs, and the sum then holds', async () => {
    const f = scanned();
    const asked: RereadRequest[] = [];
    const out = await recheckOcrSuspects(f, reconcile(f), async (r) => (asked.push(...r), answering('21.73')(r)), reconcile);
    expect(asked).toEqual([{ page: 3, bbox: [260, 200, 330, 214], numeric: true }]);
    const project = out.facts.tables[0].lineItems.find((li) => li.measure === 'project')!.amount;
    expect([project.text, project.fen, project.confidence]).toEqual(['21.73', 21_730_000, 0.93]);
    expect(out.flags.filter((fl) => /sum|ocr-suspect/.test(fl.rule))).toEqual([]);
  });

  it('accuses the document when the other readings confirm the printed figure', async () => {
    const f = scanned();
    const out = await recheckOcrSuspects(f, reconcile(f), answering('27.73', 0.96), reconcile);
    expect(out.flags.map((fl) => [fl.rule, fl.severity])).toContainEqual(['row-split-sum', 'error']);
  });

  it('keeps it an OCR suspect when the readings disagree', async () => {
    const f = scanned();
    const out = await recheckOcrSuspects(f, reconcile(f), answering(null), reconcile);
    expect(out.flags.map((fl) => fl.rule)).toContain('ocr-suspect');
    expect(out.flags.filter((fl) => fl.severity === 'error')).toEqual([]);
  });
});
