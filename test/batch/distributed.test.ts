import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LUOYANG, WANLI, tempDir } from '../helpers.js';
import { corpusFile } from '../../scripts/lib/corpus.js';
import { BIN, run } from '../cli/cli-helpers.js';
import { deflated, pagesPdf } from '../../scripts/lib/hostile-pdf.js';

/**
 * The distributed mode end to end: Redis on loopback, two queue workers, one killed with SIGKILL while it holds
 * a document, a poison document that never finishes in time, a merge of the shards. The merged database must
 * hold the same rows as a one-machine ingest of the same files.
 */
const redisRuns = spawnSync('redis-server', ['--version']).status === 0;
if (!redisRuns) console.warn('distributed test skipped: redis-server cannot run here (install Debian\'s redis-server; .ci/run does).');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Every row of every table, ids replaced by what they point at, per document in the order it was written. */
function rowsOf(path: string) {
  const d = new Database(path, { readonly: true });
  const docs = d.prepare('SELECT * FROM documents ORDER BY sha256').all() as Array<Record<string, unknown>>;
  const tables = ['budget_tables', 'line_items', 'three_public', 'projects', 'claims', 'flags', 'listed_tables'];
  const strip = (r: Record<string, unknown>) => {
    const { id: _i, document_id: _d, table_id: _t, project_id: _p, timings_json: _j, ingested_at: _a, ...rest } = r;
    return rest;
  };
  const out = docs.map((doc) => ({
    doc: strip(doc),
    ...Object.fromEntries(tables.map((t) => [t, (d.prepare(`SELECT * FROM ${t} WHERE document_id = ? ORDER BY id`).all(doc.id) as Array<Record<string, unknown>>).map(strip)])),
    indicators: (d.prepare('SELECT i.* FROM indicators i JOIN projects p ON p.id = i.project_id WHERE p.document_id = ? ORDER BY i.id').all(doc.id) as Array<Record<string, unknown>>).map(strip),
  }));
  d.close();
  return out;
}

function lines(child: ChildProcess, onLine: (l: string) => void) {
  let buf = '';
  child.stderr!.on('data', (c: Buffer) => {
    buf += c.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    parts.forEach(onLine);
  });
}

describe.skipIf(!redisRuns)('distributed mode on Redis', () => {
  let redis: ChildProcess;
  let url: string;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(() => {
    for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  // Five CLI processes and a poison document: seconds on an idle machine, minutes on a crowded one.
  it('survives a killed worker, fails a poison document after its attempts, and merges to the one-machine rows', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync(LUOYANG, join(input, 'a-luoyang.txt'));
    copyFileSync(WANLI, join(input, 'b-wanli.txt'));
    copyFileSync(corpusFile('pdf/renwu/2026年杭州市司法局部门预算.pdf'), join(input, 'c-hangzhou.pdf'));
    writeFileSync(join(input, 'e-empty.txt'), '');
    // A poison PDF: 80 KB whose page draws 3 million lines (40 MB of operators, within the stream budget);
    // reading it takes far more memory than a document's share, on every attempt, on any machine.
    writeFileSync(join(input, 'f-poison.pdf'), pagesPdf(1, { content: await deflated(40 * 1048576, '0 0 m 1 1 l S\n'), contentDict: '/Filter /FlateDecode' }));
    const limits = ['--memory-limit', '400'];
    const poisonReason = /^The document needs more memory than --memory-limit allows/;

    const enq = run(['enqueue', input, '--redis', url, '--attempts', '2']);
    expect(enq.code, enq.stderr).toBe(0);
    expect(enq.stdout).toMatch(/5 files: 5 jobs added/);
    expect(run(['enqueue', input, '--redis', url]).stdout).toMatch(/0 jobs added, 5 already queued or done/);

    const worker = (shard: string) => {
      const c = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--db', join(dir, shard), '--exit-when-done', '--lock-seconds', '2', ...limits], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.push(c);
      return c;
    };
    // The one-machine ingest of the same files runs meanwhile: the reference the merge must equal.
    const one = join(dir, 'one.sqlite');
    const single = spawn(process.execPath, [BIN, 'ingest', input, '--db', one, '--no-progress', ...limits], { stdio: 'ignore' });
    started.push(single);
    const singleDone = new Promise<number | null>((resolve) => single.on('exit', (code) => resolve(code)));
    const a = worker('shard-a.sqlite');
    const b = worker('shard-b.sqlite');
    // Kill A as soon as it has stored its first document: it has taken its next job by then.
    await new Promise<void>((resolve) => {
      lines(a, () => {
        if (a.exitCode === null && !a.killed) a.kill('SIGKILL');
        resolve();
      });
      a.on('exit', () => resolve());
    });
    const bDone = new Promise<number | null>((resolve) => b.on('exit', (code) => resolve(code)));
    const timer = setTimeout(() => b.kill('SIGKILL'), 90_000);
    expect(await bDone).toBe(0);
    clearTimeout(timer);

    const status = run(['status', '--redis', url, '--format', 'json']);
    const s = JSON.parse(status.stdout) as { counts: Record<string, number>; failed: Array<{ path: string; reason: string; attempts: number }> };
    expect(s.counts).toMatchObject({ waiting: 0, active: 0, completed: 4, failed: 1 });
    expect(s.failed).toEqual([{ path: join(input, 'f-poison.pdf'), reason: expect.stringMatching(poisonReason), attempts: 2 }]);

    const all = join(dir, 'all.sqlite');
    const merged = run(['merge', join(dir, 'shard-a.sqlite'), join(dir, 'shard-b.sqlite'), '--db', all]);
    expect(merged.code, merged.stderr).toBe(0);
    // Merging again changes nothing.
    expect(run(['merge', join(dir, 'shard-a.sqlite'), join(dir, 'shard-b.sqlite'), '--db', all]).stdout).toMatch(/0 documents added, 0 replaced/);

    // The job A held when it was killed was taken back (stalled) and finished by B.
    const queue = new Queue('budgetlens-documents', { connection: { url } });
    const jobs = await queue.getJobs(['completed', 'failed']);
    await queue.close();
    expect(jobs.filter((j) => j.stalledCounter > 0).length).toBeGreaterThan(0);
    expect(await singleDone).toBe(0);
    const [x, y] = [rowsOf(all), rowsOf(one)];
    expect(x.map((d) => [d.doc.path, d.doc.status])).toEqual(y.map((d) => [d.doc.path, d.doc.status]));
    expect(x.find((d) => String(d.doc.path).endsWith('f-poison.pdf'))?.doc.error).toMatch(poisonReason);
    expect(x).toEqual(y);
  });
});
