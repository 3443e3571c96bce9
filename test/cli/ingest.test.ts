import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir, WANLI } from '../helpers.js';
import { run } from './cli-helpers.js';

const counts = (db: string) => {
  const d = new Database(db, { readonly: true });
  const out = Object.fromEntries(
    ['documents', 'line_items', 'projects', 'indicators', 'claims', 'flags', 'three_public'].map((t) => [t, (d.prepare(`SELECT COUNT(*) n FROM ${t}`).get() as { n: number }).n]),
  );
  d.close();
  return out;
};

describe('budgetlens ingest', () => {
  const dir = tempDir();
  const input = join(dir, 'in', 'nested');
  mkdirSync(input, { recursive: true });
  copyFileSync(LUOYANG, join(input, 'luoyang.txt'));
  copyFileSync(WANLI, join(dir, 'in', 'wanli.txt'));
  const db = join(dir, 'out.sqlite');

  let firstFlags = '';
  it('finds files recursively, stores them and prints a summary', () => {
    const r = run(['ingest', join(dir, 'in'), '--db', db, '--concurrency', '2']);
    firstFlags = /^flags: .*$/m.exec(r.stdout)?.[0] ?? '';
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 documents: 2 ok, 0 partial, 0 failed, 0 not a budget/);
    expect(r.stdout).toMatch(/flags: \d+ error, \d+ warning, \d+ info/);
    expect(r.stderr).toMatch(/\[2\/2\]/); // plain progress lines when not a terminal
  });

  it('changes nothing when the same files come again, and --force replaces them', () => {
    const before = counts(db);
    const again = run(['ingest', join(dir, 'in'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/2 documents: 0 ok, .*2 already stored \(skipped\)/);
    // The flags of the documents given, read back from the database: the same as when they were stored.
    expect(/^flags: .*$/m.exec(again.stdout)?.[0]).toBe(firstFlags);
    expect(firstFlags).toMatch(/^flags: [1-9]\d* error/);
    expect(counts(db)).toEqual(before);
    const forced = run(['ingest', join(dir, 'in'), '--db', db, '--force', '--concurrency', '1']);
    expect(forced.code).toBe(0);
    expect(counts(db)).toEqual(before);
  });

  it('gives bad input a one-line reason in its row and goes on with the batch', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.pdf'), '');
    writeFileSync(join(bad, 'blank.txt'), '  \n\n \n');
    writeFileSync(join(bad, 'not-a-pdf.pdf'), '这不是PDF文件');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(join(bad, 'truncated.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'));
    writeFileSync(join(bad, 'notice.txt'), iconv.encode('关于做好2024年春节期间安全生产工作的通知\n各单位：\n请做好节日期间值班安排。\n', 'gbk'));
    copyFileSync(LUOYANG, join(bad, 'good.txt'));
    const out = join(dir, 'bad.sqlite');
    const r = run(['ingest', bad, '--db', out, '--concurrency', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/7 documents: 1 ok, 0 partial, 5 failed, 1 not a budget/);
    // Every document that is not ok is named in the summary with its reason.
    expect(r.stdout).toMatch(/^not a budget: .*notice\.txt: \S.+$/m);
    for (const f of ['empty.pdf', 'blank.txt', 'not-a-pdf.pdf', 'binary.txt', 'truncated.pdf']) expect(r.stdout).toMatch(new RegExp(`^failed: .*/${f.replace('.', '\\.')}: [A-Z].+$`, 'm'));
    const d = new Database(out, { readonly: true });
    const rows = Object.fromEntries(
      (d.prepare('SELECT path, status, error FROM documents').all() as Array<{ path: string; status: string; error: string }>).map((x) => [x.path.replace(/^.*\//, ''), x]),
    );
    d.close();
    expect(rows['good.txt'].status).toBe('ok');
    expect(rows['notice.txt']).toMatchObject({ status: 'not_budget' });
    expect(rows['notice.txt'].error).toMatch(/notice|通知/);
    for (const f of ['empty.pdf', 'blank.txt', 'not-a-pdf.pdf', 'binary.txt', 'truncated.pdf']) {
      expect(rows[f].status, f).toBe('failed');
      expect(rows[f].error, f).toMatch(/^[A-Z].{10,300}$/); // one readable sentence, no stack trace
      expect(rows[f].error).not.toMatch(/\n|    at /);
    }
  });

  it('reports usage errors with exit 2 and unusable databases or inputs with exit 1', () => {
    expect(run(['ingest', join(dir, 'in')]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['ingest', join(dir, 'in'), '--db', db, '--ocr', 'sometimes']).code).toBe(2);
    const noInput = run(['ingest', join(dir, 'nothing-here'), '--db', join(dir, 'x.sqlite')]);
    expect(noInput.code).toBe(1);
    expect(noInput.stderr).toMatch(/^budgetlens ingest: .*No .* files found under .*\.$/m);
    const unwritable = run(['ingest', join(dir, 'in'), '--db', join(dir, 'no', 'such', 'dir', 'x.sqlite')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).not.toMatch(/    at /);
  });
});

describe('budgetlens query and flags', () => {
  const dir = tempDir();
  const db = join(dir, 'q.sqlite');
  run(['ingest', LUOYANG, '--db', db, '--concurrency', '1']);

  it('answers read-only SQL as a table, JSON or CSV', () => {
    const t = run(['query', '--db', db, "SELECT department, fiscal_year FROM documents"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/洛阳高新技术产业开发区人力资源和社会保障局\s+2021/);
    const j = run(['query', '--db', db, "SELECT COUNT(*) AS n FROM projects", '--format', 'json']);
    expect(JSON.parse(j.stdout)).toEqual([{ n: 23 }]);
    const c = run(['query', '--db', db, "SELECT code, amount_fen FROM line_items WHERE code = '2101301' AND measure = 'total'", '--format', 'csv']);
    expect(c.stdout.split('\r\n')).toEqual(['\uFEFFcode,amount_fen', '2101301,217000000', '2101301,217000000', '']);
  });

  it('refuses to write', () => {
    const r = run(['query', '--db', db, 'DELETE FROM flags']);
    expect(r.code).not.toBe(0);
    const n = run(['query', '--db', db, 'SELECT COUNT(*) AS n FROM flags', '--format', 'json']);
    expect(JSON.parse(n.stdout)[0].n).toBeGreaterThan(0);
  });

  it('lists flags by document and severity, with their evidence in JSON', () => {
    const r = run(['flags', '--db', db, '--document', '1', '--severity', 'error', '--format', 'json']);
    expect(r.code).toBe(0);
    const flags = JSON.parse(r.stdout) as Array<{ severity: string; evidence: Array<{ line?: number }> }>;
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.severity === 'error' && f.evidence.length > 0 && f.evidence.every((e) => e.line! > 0))).toBe(true);
    const byPath = run(['flags', '--db', db, '--document', '洛阳高新区人力资源和社会保障局2021年部门预算.txt', '--format', 'csv']);
    expect(byPath.stdout.split('\r\n')[0]).toBe('\uFEFFid,document_id,path,rule,severity,subject,message,expected,actual,evidence');
    expect(byPath.stdout.split('\r\n').length).toBeGreaterThan(flags.length);
  });
});
