import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.js';
import { tempDir } from '../helpers.js';
import { cli } from './cli-helpers.js';

/** A database as ingest leaves it, in WAL mode (the harder case for a reader that must write nothing). */
function walDb() {
  const dir = tempDir('budgetlens-query-');
  const path = join(dir, 'q.sqlite');
  const db = openDatabase(path);
  db.prepare(`INSERT INTO documents (path, sha256, status) VALUES ('/a.txt', 'x', 'ok')`).run();
  db.close();
  return { dir, path };
}

const MILLION = `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT x, 'row ' || x AS label FROM c`;

describe('budgetlens query', () => {
  const { dir, path } = walDb();

  it('streams a million rows as CSV and as JSON', async () => {
    const csv = await cli(['query', '--db', path, '--format', 'csv', MILLION], { keep: false });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.out.lines).toBe(1_000_001); // header + rows, CRLF each
    const json = await cli(['query', '--db', path, '--format', 'json', MILLION], { keep: false });
    expect(json.code, json.stderr).toBe(0);
    expect(json.out.lines).toBe(1_000_002); // "[" + a row a line + "]"
  }, 60_000);

  it('shows at most --max-rows rows as a table and says how many more there are', async () => {
    const r = await cli(['query', '--db', path, '--max-rows', '1000', MILLION.replace('1000000', '20000')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1002);
    expect(r.stderr).toMatch(/^budgetlens query: 19000 more rows not shown \(--max-rows 1000\); --format csv or json gives them all\.\n$/);
  }, 60_000);

  it('stops a runaway recursive query at --timeout with one sentence, even one that returns no row', async () => {
    const t0 = Date.now();
    const r = await cli(['query', '--db', path, '--timeout', '1.5', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^budgetlens query: The query ran longer than --timeout \(1\.5 s\) and was stopped; [^\n]+\.\n$/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('reads a WAL-mode database without leaving -wal or -shm files beside it', async () => {
    const r = await cli(['query', '--db', path, '--format', 'json', 'SELECT path, status FROM documents']);
    expect(JSON.parse(r.stdout)).toEqual([{ path: '/a.txt', status: 'ok' }]);
    await cli(['flags', '--db', path]);
    expect(readdirSync(dir).sort()).toEqual(['q.sqlite']);
  });
});
