import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestText } from '../src/ingest/text/ingest-text.js';
import { layoutDocument } from '../src/layout/index.js';
import type { DocumentFacts } from '../src/model/index.js';
import { recogniseDocument } from '../src/recognise/index.js';
import { CORPUS } from '../scripts/lib/corpus.js';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
export const LUOYANG = join(FIXTURES, 'documents', '洛阳高新区人力资源和社会保障局2021年部门预算.txt');
/** A corpus text extraction (read from ../shared/corpus/text: public documents are not ours to ship). */
export const WANLI = join(CORPUS, 'text', '上海市普陀区万里街道2025年部门预算_文本提取.txt');

/** Facts of a text fixture, through the real ingest -> layout -> recognise stages. */
export function textFacts(path: string, bytes: Uint8Array = readFileSync(path)): DocumentFacts {
  return recogniseDocument(layoutDocument(ingestText(bytes, path)));
}

export function tempDir(prefix = 'budgetlens-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** 万元 text to fen, by hand arithmetic on strings (the test's own, independent of src/util/money). */
export function wanToFen(text: string): number {
  const [int, frac = ''] = text.replace(/,/g, '').split('.');
  return Number(int) * 1_000_000 + Number((frac + '000000').slice(0, 6));
}

export function readGolden(name: string): Array<Record<string, string>> {
  const lines = readFileSync(join(FIXTURES, 'expected', name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));
}
