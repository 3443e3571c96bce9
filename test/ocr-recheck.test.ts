import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../src/model/index.js';
import { recheckOcrSuspects, type RereadAnswer, type RereadRequest } from '../src/ocr-recheck.js';
import { reconcileDocument } from '../src/reconcile/index.js';
import { facts, table } from './reconcile/builders.js';

/** A scanned row whose 项目支出 27.73 was read with confidence 0.55; 278.27 + 21.73 = 300.00. */
function scanned(projectConfidence = 0.55, basicConfidence?: number): DocumentFacts {
  const confidence: Record<string, number> = basicConfidence === undefined ? { project: projectConfidence } : { project: projectConfidence, basic: basicConfidence };
  const f = facts({
    tables: [table('expenditure_summary', '部门支出总体情况表', [{ name: '合计', cells: { total: '300.00', basic: '278.27', project: '27.73' }, confidence }])],
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

  it('keeps, of the engines\' disagreeing readings, the one with which the arithmetic closes', async () => {
    const f = scanned(0.91);
    const readings = [{ text: '27.73', confidence: 0.91 }, { text: '2.73', confidence: 0.6 }, { text: '21.73', confidence: 0.7 }];
    const out = await recheckOcrSuspects(f, reconcile(f), async (rs) => rs.map((request) => ({ request, agreed: null, confidence: 0, readings })), reconcile);
    const project = out.facts.tables[0].lineItems.find((li) => li.measure === 'project')!.amount;
    expect(project.text).toBe('21.73');
    expect(project.confidence).toBeGreaterThanOrEqual(0.8);
    expect(out.flags.filter((fl) => /sum|ocr-suspect/.test(fl.rule))).toEqual([]);
  });

  it('gives a confidently read figure the arithmetic cannot confirm a low confidence, and no error flag on its own', async () => {
    // Read at 0.95, so before any re-read the failed sum accuses the document.
    const f = scanned(0.95);
    expect(reconcile(f).map((fl) => [fl.rule, fl.severity])).toContainEqual(['row-split-sum', 'error']);
    const readings = [{ text: '27.73', confidence: 0.95 }, { text: '28.73', confidence: 0.9 }];
    const out = await recheckOcrSuspects(f, reconcile(f), async (rs) => rs.map((request) => ({ request, agreed: null, confidence: 0, readings })), reconcile);
    const project = out.facts.tables[0].lineItems.find((li) => li.measure === 'project')!.amount;
    expect(project.text).toBe('27.73');
    expect(project.confidence).toBeLessThan(0.8);
    expect(out.flags.filter((fl) => fl.severity !== 'info')).toEqual([]);
  });

  it('reports a sum that fails on two unconfirmed figures as unresolved, not as an error', () => {
    const flags = reconcile(scanned(0.5, 0.5));
    expect(flags.filter((fl) => fl.severity !== 'info')).toEqual([]);
    expect(flags.map((fl) => fl.rule)).toContain('row-split-sum-unresolved');
  });
});
