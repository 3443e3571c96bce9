import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir } from '../helpers.js';
import { corpusFile } from '../../scripts/lib/corpus.js';
import { run } from '../cli/cli-helpers.js';

function stored(db: string) {
  const d = new Database(db, { readonly: true });
  const docs = d.prepare('SELECT path, status, error FROM documents ORDER BY path').all();
  const items = (d.prepare('SELECT COUNT(*) AS n FROM line_items').get() as { n: number }).n;
  const projects = (d.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
  d.close();
  return { docs, items, projects };
}

/** --force replaces a stored document only with a result at least as complete: a failed retry keeps the good rows. */
describe('re-ingest with --force', () => {
  it('keeps the stored rows when the retry fails, says so, and replaces them when it succeeds', () => {
    const input = join(tempDir(), 'in');
    mkdirSync(input);
    copyFileSync(LUOYANG, join(input, 'luoyang.txt'));
    copyFileSync(corpusFile('pdf/renwu/2026年长沙市信访局部门预算.pdf'), join(input, 'changsha.pdf'));
    const db = join(input, '..', 'force.sqlite');
    expect(run(['ingest', input, '--db', db]).code).toBe(0);
    const good = stored(db);
    expect(good.items).toBeGreaterThan(100);

    // No document can be read in a millisecond: every retry fails.
    const retry = run(['ingest', input, '--db', db, '--force', '--timeout', '0.001']);
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toMatch(/2 documents: 0 ok, 0 partial, 0 failed, 0 not a budget, 2 kept as stored \(the retry was less complete\)/);
    expect(retry.stdout).toMatch(/retry failed, stored ok result kept: .*changsha\.pdf: Processing took longer than/);
    expect(retry.stdout).toMatch(/retry failed, stored ok result kept: .*luoyang\.txt/);
    expect(stored(db)).toEqual(good);

    const again = run(['ingest', input, '--db', db, '--force']);
    expect(again.stdout).toMatch(/2 documents: 2 ok/);
    expect(stored(db)).toEqual(good);
  });
});
