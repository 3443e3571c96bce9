import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir } from '../helpers.js';
import { BIN, run } from '../cli/cli-helpers.js';

/** A batch killed at any moment leaves every document fully stored or not at all; a rerun continues. */
describe('a killed batch', () => {
  it('keeps whole documents only, and the rerun stores the rest', async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    const text = readFileSync(LUOYANG, 'utf8');
    const N = 12;
    for (let i = 0; i < N; i++) writeFileSync(join(input, `copy-${String(i).padStart(2, '0')}.txt`), `${text}\n副本 ${i}\n`);
    const db = join(dir, 'kill.sqlite');

    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--concurrency', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Kill it as soon as the first documents are committed, mid-batch.
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        seen += (chunk.toString().match(/\[\d+\/\d+\]/g) ?? []).length;
        if (seen >= 2 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((r) => child.on('close', r));

    const d = new Database(db, { readonly: true });
    const docs = d.prepare('SELECT id, status FROM documents').all() as Array<{ id: number; status: string }>;
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(N);
    const per = (table: string, id: number) => (d.prepare(`SELECT COUNT(*) n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
    const shape = docs.map((doc) => [doc.status, per('line_items', doc.id), per('projects', doc.id), per('claims', doc.id), per('flags', doc.id)]);
    // Every stored copy is complete: the same rows as every other copy of the same document.
    expect(new Set(shape.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shape[0][0]).toBe('ok');
    expect(shape[0][2]).toBe(23);
    d.close();

    const rerun = run(['ingest', input, '--db', db, '--concurrency', '2']);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`${N - docs.length} ok.*${docs.length} already stored`));
    const after = new Database(db, { readonly: true });
    expect((after.prepare('SELECT COUNT(*) n FROM documents').get() as { n: number }).n).toBe(N);
    after.close();
  });
});
