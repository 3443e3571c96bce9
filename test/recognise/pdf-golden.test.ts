/**
 * The recognisers against hand-checked goldens of 11 real PDFs from 8 regions
 * (fixtures/expected/pdf/*.golden.json; the PDFs are read from ../shared/corpus/pdf): document metadata, every 项
 * line of the general-budget expenditure table in every scored column, and the 三公 figures, exact
 * (numerically equal to the printed text, same unit). Across all goldens at least 99% of the
 * labelled amounts must be exact. `npx tsx scripts/accuracy.ts` prints the same measurement.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/model/index.js';
import {
  CORPUS, loadGoldens, loadMetadata, metadataMismatches, pct, runPdf, scoreLines, scoreThreePublic, type Miss, type Score,
} from '../../scripts/accuracy.js';

const goldens = loadGoldens();
const metadata = new Map(loadMetadata().map((m) => [basename(m.file), m]));
const results = new Map<string, DocumentResult>();
const scores = new Map<string, Score>();

const describeMiss = (m: Miss) =>
  `${m.doc} ${m.where === 'line' ? `${m.key} ${m.name}` : `三公 ${m.key}`} ${m.measure}: ` +
  (m.kind === 'wrong' ? `expected ${m.expected} ${m.unit}, got ${m.got}` : `expected ${m.kind === 'blank' ? 'blank' : 'nothing more'}, got ${m.got}`);

beforeAll(async () => {
  for (const g of goldens) {
    const path = join(CORPUS, g.file);
    if (!existsSync(path)) throw new Error(`${g.short}: ${path} is missing`);
    results.set(g.short, await runPdf(path));
  }
}, 600_000);

describe('golden PDFs', () => {
  it('cover at least 10 documents, each with metadata truth and its PDF in the corpus', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(10);
    for (const g of goldens) {
      expect(metadata.has(basename(g.file)), `${g.short}: no row in corpus-metadata.tsv`).toBe(true);
      expect(g.lines.length, `${g.short}: no lines`).toBeGreaterThan(0);
    }
  });
});

describe.each(goldens.map((g) => [g.short, g] as const))('%s', (short, g) => {
  it('has the right status, fiscal year, document type and department', () => {
    const r = results.get(short)!;
    const row = metadata.get(basename(g.file))!;
    const mismatches = metadataMismatches(row, r);
    expect(mismatches, `${short} (${g.file}): ${mismatches.join('; ')}${r.error ? ` [error: ${r.error}]` : ''}`).toEqual([]);
  });

  it(`reads every 项 line of ${g.table_title} exactly (${g.measures.join(', ')}; ${g.unit})`, () => {
    const s = scoreLines(g, results.get(short)!);
    scores.set(`${short}/lines`, s);
    const misses = s.misses.map(describeMiss);
    expect(misses, `${short}: ${s.exact}/${s.labelled} line amounts exact; misses:\n${misses.join('\n')}`).toEqual([]);
  });

  it('reads the 三公 table figures exactly', () => {
    const s = scoreThreePublic(g, results.get(short)!);
    scores.set(`${short}/three_public`, s);
    const misses = s.misses.map(describeMiss);
    expect(misses, `${short}: ${s.exact}/${s.labelled} 三公 figures exact; misses:\n${misses.join('\n')}`).toEqual([]);
  });
});

describe('across all goldens', () => {
  it('at least 99% of the labelled amounts are exact', () => {
    let labelled = 0;
    let exact = 0;
    const perDoc: string[] = [];
    for (const g of goldens) {
      const r = results.get(g.short)!;
      const a = scores.get(`${g.short}/lines`) ?? scoreLines(g, r);
      const b = scores.get(`${g.short}/three_public`) ?? scoreThreePublic(g, r);
      labelled += a.labelled + b.labelled;
      exact += a.exact + b.exact;
      perDoc.push(`${g.short}: ${a.exact + b.exact}/${a.labelled + b.labelled}`);
    }
    expect(labelled).toBeGreaterThan(600);
    expect(exact / labelled, `${exact}/${labelled} = ${pct(exact, labelled)}% exact\n${perDoc.join('\n')}`).toBeGreaterThanOrEqual(0.99);
  });
});
