import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURES, LUOYANG, tempDir } from '../helpers.js';
import { run } from '../cli/cli-helpers.js';

const PDFS = ['上海市普陀区司法局2026年部门预算.pdf', '2026年杭州市司法局部门预算.pdf', '2026年长沙市信访局部门预算.pdf'];

function batchDir(): string {
  const input = join(tempDir(), 'in');
  mkdirSync(input);
  for (const f of PDFS) copyFileSync(join(FIXTURES, 'documents', 'pdf', f), join(input, f));
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

  it('stops a document that needs more than its share of the memory limit, stores the rest, and a rerun reads it', () => {
    const input = batchDir();
    const db = join(input, '..', 'memory.sqlite');
    // 256 MB leaves one document process 96 MB: enough for a text file, not for pdf.js reading a PDF.
    const small = run(['ingest', input, '--db', db, '--concurrency', '2', '--memory-limit', '256']);
    expect(small.code, small.stderr).toBe(0);
    expect(small.stdout).toMatch(/4 documents: 1 ok, 0 partial, 3 failed/);
    const first = stored(db).docs;
    expect(first.filter((d) => d.path.endsWith('.txt')).map((d) => d.status)).toEqual(['ok']);
    for (const d of first.filter((d) => d.path.endsWith('.pdf'))) {
      expect(d).toMatchObject({ status: 'failed', error: expect.stringMatching(/^The document needs more memory than --memory-limit allows/) });
    }
    const rerun = run(['ingest', input, '--db', db, '--concurrency', '2']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/3 ok.*1 already stored/);
    expect(stored(db).docs.map((d) => d.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });
});
