import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir } from '../helpers.js';
import { corpusFile } from '../../scripts/lib/corpus.js';
import { run } from '../cli/cli-helpers.js';
import { deflated, pagesPdf } from '../../scripts/lib/hostile-pdf.js';

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

  it('stops a document that needs more than its share of the memory limit, and stores the rest', async () => {
    const input = batchDir();
    // 80 KB whose page draws 3 million lines (40 MB of operators, within the stream budget): reading it takes far
    // more memory than any share here; the real documents take at most ~150 MB.
    writeFileSync(join(input, 'poison.pdf'), pagesPdf(1, { content: await deflated(40 * 1048576, '0 0 m 1 1 l S\n'), contentDict: '/Filter /FlateDecode' }));
    const db = join(input, '..', 'memory.sqlite');
    // 400 MB: one document process with 240 MB.
    const r = run(['ingest', input, '--db', db, '--concurrency', '2', '--memory-limit', '400', '--no-progress']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 documents: 4 ok, 0 partial, 1 failed/);
    const docs = stored(db).docs;
    expect(docs.find((d) => d.path.endsWith('poison.pdf'))).toMatchObject({
      status: 'failed', error: 'The document needs more memory than --memory-limit allows (240 MB per document of 400 MB).',
    });
    expect(docs.filter((d) => !d.path.endsWith('poison.pdf')).map((d) => d.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });
});
