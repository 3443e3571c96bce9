import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir } from '../helpers.js';
import { corpusFile } from '../../scripts/lib/corpus.js';
import { run } from '../cli/cli-helpers.js';

const PDFS = ['pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf', 'pdf/renwu/2026年杭州市司法局部门预算.pdf', 'pdf/renwu/2026年长沙市信访局部门预算.pdf'];

function batchDir(): string {
  const input = join(tempDir(), 'in');
  mkdirSync(input);
  for (const f of PDFS) copyFileSync(corpusFile(f), join(input, basename(f)));
  copyFileSync(LUOYANG, join(input, 'luoyang.txt'));
  return input;
}

function stored(db: string) {
  const d = new Database(db, { readonly: true });
  const docs = d.prepare('SELECT path, status, error FROM documents ORDER BY path').all() as Array<{ path: string; status: string; error: string | null }>;
  const items = (d.prepare('SELECT COUNT(*) AS n FROM line_items').get() as { n: number }).n;
  d.close();
  return { docs, items };
}

/** The limits that keep an unattended batch going: a time limit per document and a memory limit per process. */
describe('worker limits', () => {
  it('stops a document that overruns its time, goes on with the batch, and a rerun tries it again', () => {
    const input = batchDir();
    const db = join(input, '..', 'timeout.sqlite');
    // No worker can finish a document in a millisecond: every one is stopped.
    const r = run(['ingest', input, '--db', db, '--timeout', '0.001', '--concurrency', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/4 documents: 0 ok, 0 partial, 4 failed/);
    const first = stored(db);
    expect(first.docs).toHaveLength(4);
    for (const d of first.docs) expect(d).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Processing took longer than/) });

    const rerun = run(['ingest', input, '--db', db, '--concurrency', '2']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).not.toMatch(/already stored/);
    expect(stored(db).docs.map((d) => d.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('replaces workers to stay under the memory limit without losing or changing a document', () => {
    const input = batchDir();
    const free = join(input, '..', 'free.sqlite');
    const limited = join(input, '..', 'limited.sqlite');
    const a = run(['ingest', input, '--db', free, '--concurrency', '2']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).not.toMatch(/workers replaced/);
    // 256 MB is less than the process needs with pdf.js loaded in two workers: workers are replaced as they finish.
    const b = run(['ingest', input, '--db', limited, '--concurrency', '2', '--memory-limit', '256']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(/workers replaced to stay under the 256 MB memory limit: [1-9]/);
    const [x, y] = [stored(free), stored(limited)];
    expect(y.docs.map((d) => d.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(y).toEqual(x);
  });
});
