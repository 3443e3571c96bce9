import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/present/report/index.js';
import { SCHEMA_SQL } from '../../src/store/schema.js';
import { buildFixture, type Fixture } from './helpers/fixture-db.js';

/** The report trusts neither the files on disk nor the database: a changed source, a crafted database, a used folder. */

let fx: Fixture;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-report-safety-'));
  fx = buildFixture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => path.join(root, f));
}

describe('source files checked by sha256 before quoting', () => {
  it('warns instead of quoting a text file or drawing a PDF changed since ingest', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'budgetlens-changed-'));
    const changed = buildFixture(copy);
    const text = path.join(copy, 'docs', '洛阳高新区人力资源和社会保障局2021年部门预算.txt');
    // Lines moved by one: the old line numbers would now quote the wrong sentence.
    writeFileSync(text, Buffer.concat([Buffer.from('新增的一行\r\n'), readFileSync(text)]));
    appendFileSync(path.join(copy, 'docs', 'budget-2024.pdf'), '\n% edited\n');
    const out = path.join(copy, 'site');
    const s = await writeReport(changed.dbPath, out, { baseDirs: [copy], workers: 0 });
    expect(s.changedSources).toHaveLength(2);
    expect(s.pictures).toBe(0);
    const textPage = readFileSync(path.join(out, `doc-${changed.ids.text}.html`), 'utf8');
    expect(textPage).toContain('在入库后已被修改');
    expect(textPage).not.toContain('<div class="ln cited">');
    expect(textPage).toContain('<q>公务用车运行维护费9.50万元</q>'); // the quote stored at ingest is still shown
    expect(readFileSync(path.join(out, `doc-${changed.ids.pdf}.html`), 'utf8')).toContain('在入库后已被修改');
    expect(existsSync(path.join(out, 'img'))).toBe(false);
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('no output path from database content', () => {
  it('keeps every file inside --out whatever titles, departments and paths the database holds', async () => {
    const dbPath = path.join(dir, 'crafted.sqlite');
    const db = new Database(dbPath);
    db.exec(SCHEMA_SQL);
    const evil = '../../../../tmp/budgetlens-escaped';
    const id = (db.prepare(
      `INSERT INTO documents (path, sha256, status, source_kind, department, title, fiscal_year, doc_type, pages)
       VALUES (?, ?, 'ok', 'pdf_text', ?, ?, 2024, 'budget', 1) RETURNING id`,
    ).get(`${evil}.pdf`, 'e'.repeat(64), evil, evil) as { id: number }).id;
    const t = (db.prepare(`INSERT INTO budget_tables (document_id, kind, title, unit, page_from, page_to) VALUES (?, ?, ?, '元', 1, 1) RETURNING id`)
      .get(id, evil, `${evil}/table`) as { id: number }).id;
    db.prepare(`INSERT INTO line_items (document_id, table_id, classification, name, measure, unit, amount_text, page) VALUES (?, ?, 'other', ?, ?, '元', '1.00', 1)`)
      .run(id, t, evil, evil);
    db.prepare(`INSERT INTO flags (document_id, rule, severity, subject, message, evidence) VALUES (?, ?, 'error', ?, ?, ?)`)
      .run(id, evil, evil, evil, JSON.stringify([{ page: 1, quote: evil }]));
    db.close();
    const out = path.join(dir, 'crafted-site');
    await writeReport(dbPath, out, { baseDirs: [dir], workers: 0 });
    expect(existsSync('/tmp/budgetlens-escaped')).toBe(false);
    const names = filesUnder(out).map((f) => path.relative(out, f));
    for (const n of names) expect(n).toMatch(/^(\.budgetlens-report|index\.html|flags\.html|flags-data\.js|assets(\/report\.(css|js))?|doc-\d+(-tables)?\.html)$/);
  });

  it('refuses a database whose ids are not integers before writing any page', async () => {
    const dbPath = path.join(dir, 'crafted-ids.sqlite');
    const db = new Database(dbPath);
    // The attacker's own schema: an id column that holds text.
    db.exec(`CREATE TABLE documents (id TEXT, path TEXT, sha256 TEXT, status TEXT, error TEXT, source_kind TEXT, department TEXT,
               fiscal_year INTEGER, doc_type TEXT, pages INTEGER);
             CREATE TABLE budget_tables (id TEXT, document_id TEXT, kind TEXT, title TEXT, unit TEXT, page_from INTEGER, page_to INTEGER);
             CREATE TABLE line_items (id INTEGER, table_id TEXT, code TEXT, name TEXT, measure TEXT, amount_text TEXT, page INTEGER);
             CREATE TABLE flags (id INTEGER, document_id TEXT, rule TEXT, severity TEXT, subject TEXT, message TEXT, expected TEXT, actual TEXT, evidence TEXT);`);
    db.prepare(`INSERT INTO documents VALUES ('../../escaped-doc', 'x.pdf', 'f', 'ok', NULL, 'pdf_text', 'd', 2024, 'budget', 1)`).run();
    db.close();
    const out = path.join(dir, 'crafted-ids-site');
    await expect(writeReport(dbPath, out, { baseDirs: [dir], workers: 0 })).rejects.toThrow(/document id "\.\.\/\.\.\/escaped-doc" is not a positive integer/);
    expect(existsSync(path.join(dir, 'escaped-doc.html'))).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a clean output folder', () => {
  it('empties an earlier review site before writing, so no stale page or picture survives', async () => {
    const out = path.join(dir, 'reused');
    await writeReport(fx.dbPath, out, { baseDirs: [dir], workers: 0 });
    writeFileSync(path.join(out, 'doc-999.html'), 'stale');
    mkdirSync(path.join(out, 'img', '999'), { recursive: true });
    await writeReport(fx.dbPath, out, { baseDirs: [dir], workers: 0 });
    expect(existsSync(path.join(out, 'doc-999.html'))).toBe(false);
    expect(existsSync(path.join(out, 'img', '999'))).toBe(false);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('refuses a folder with other files in it rather than deleting them', async () => {
    const out = path.join(dir, 'someone-else');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    await expect(writeReport(fx.dbPath, out, { baseDirs: [dir], workers: 0 })).rejects.toThrow(/is not empty and does not hold an earlier review site/);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
