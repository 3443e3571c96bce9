import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/present/cli.js';
import { openDatabase } from '../../src/store/open.js';
import { screenWidth } from '../../src/util/terminal-text.js';
import { tempDir } from '../helpers.js';
import { cli, run } from './cli-helpers.js';

const LONG_MESSAGE = '情况说明称机关运行经费支出预算比上年增加57.27万元、增长160.42%；按本年92.64万元和上年35.37万元计算，应为增加57.27万元、增长161.92%，增长率不一致。';

/** A small real database (the store's own schema) with findings whose text is hostile or long. */
function hostileDb(): string {
  const dir = tempDir('budgetlens-cli-');
  const path = join(dir, 'h.sqlite');
  const db = openDatabase(path);
  const doc = db
    .prepare(`INSERT INTO documents (path, sha256, status, source_kind, department, fiscal_year, doc_type, pages) VALUES (?, 'a1', 'ok', 'text', ?, 2024, 'budget', 1) RETURNING id`)
    .pluck()
    .get('/in/部门\x1b]0;owned\x07预算.txt', '某市\x1b[2J司法局') as number;
  const flag = db.prepare(`INSERT INTO flags (document_id, rule, severity, subject, message, expected, actual, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, '[{"line":3}]')`);
  flag.run(doc, 'claim-yoy', 'error', '机关运行经费支出预算', LONG_MESSAGE, '161.92%', '160.42%');
  flag.run(doc, 'placeholder-text', 'warning', '=HYPERLINK("http://x","点击")', '@SUM(A1:A9) 占位符\x1b[31m红\x1b[0m', '-12.50', '+86 138');
  db.close();
  return path;
}

describe('help and version', () => {
  it('gives every command and every option a one-line description', () => {
    const ctx = { out: process.stdout, err: process.stderr, exitCode: 0, verbose: false };
    const program = buildProgram(ctx);
    expect(program.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['ingest', 'flags', 'query', 'rules', 'report', 'export']));
    for (const c of program.commands) {
      expect(c.description(), c.name()).toMatch(/\S{3}/);
      for (const o of c.options) expect(o.description, `${c.name()} ${o.flags}`).toMatch(/\S{3}/);
    }
    expect(program.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--version', '--verbose']));
  });

  it('answers --help for every command with exit 0, and --version with the package version', async () => {
    for (const name of ['ingest', 'flags', 'query', 'rules', 'report', 'export']) {
      const r = await cli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Usage: budgetlens ${name}`));
      expect(r.stdout, name).toContain('--verbose');
    }
    const v = await cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});

describe('errors', () => {
  const db = hostileDb();
  const cases: Array<[string[], number, RegExp]> = [
    [['rules', '--format', 'xml'], 2, /^budgetlens rules: --format takes table, json or csv \(got "xml"\)\.$/],
    [['ingest', 'x', '--db', 'y.sqlite', '--concurrency', '0'], 2, /^budgetlens ingest: --concurrency takes a whole number from 1 to 64 \(got "0"\)\.$/],
    [['ingest', 'x', '--db', 'y.sqlite', '--memory-limit', 'lots'], 2, /^budgetlens ingest: --memory-limit takes a whole number of at least 256 \(got "lots"\)\.$/],
    [['ingest', 'x'], 2, /^budgetlens ingest: ingest needs --db <file\.sqlite>\.$/],
    [['flags', '--db', db, '--severity', 'fatal'], 2, /^budgetlens flags: --severity takes error, warning or info \(got "fatal"\)\.$/],
    [['flags', '--db', db, '--colour'], 2, /^budgetlens flags: Unknown option --colour; see budgetlens flags --help\.$/],
    [['flags', '--db'], 2, /^budgetlens flags: --db needs a value/],
    [['query', '--db', db], 2, /^budgetlens query: Missing <sql>; see budgetlens query --help\.$/],
    [['query', '--db', db, 'DELETE FROM flags'], 2, /^budgetlens query: query runs read-only statements/],
    [['rules', 'extra'], 2, /^budgetlens rules: rules takes no arguments, only options/],
    [['frobnicate'], 2, /^budgetlens: Unknown command "frobnicate"; see budgetlens --help\.$/],
    [['flags', '--db', db, '--document', '999'], 1, /^budgetlens flags: No document has the id 999 in .*\.$/],
    [['query', '--db', join(db, '..', 'none.sqlite'), 'SELECT 1'], 1, /^budgetlens query: The database .* does not exist; run budgetlens ingest first\.$/],
    [['export', '--db', join(db, '..', 'none.sqlite'), '--format', 'csv', '--out', join(db, '..', 'x')], 1, /^budgetlens export: The database .* does not exist/],
    [['report', '--db', db], 2, /^budgetlens report: report needs --out <dir>\.$/],
    [['report', '--db', join(db, '..', 'none.sqlite'), '--out', join(db, '..', 'r')], 1, /^budgetlens report: The database .* does not exist; run budgetlens ingest first\.$/],
  ];
  it.each(cases)('%j exits %i with one sentence', async (argv, code, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('takes -f for --force, not for a file', () => {
    const r = run(['ingest', join(db, '..', 'nothing'), '--db', join(db, '..', 'f.sqlite'), '-f']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/-f does not exist|Unknown option/);
    expect(r.stderr).toMatch(/nothing does not exist/);
  });

  it('adds the stack trace with --verbose, after the command or before it', async () => {
    for (const argv of [['export', '--verbose'], ['--verbose', 'export']]) {
      const r = await cli([...argv, '--db', join(db, '..', 'none.sqlite'), '--format', 'fdp', '--out', join(db, '..', 'x')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^budgetlens export: The database/);
      expect(r.stderr).toMatch(/\n\s+at /);
    }
  });
});

describe('table output', () => {
  const db = hostileDb();

  it('fits the screen width in columns, wrapping Chinese text, and --full shows every cell whole', async () => {
    for (const columns of [60, 80, 100]) {
      const r = await cli(['flags', '--db', db], { columns });
      expect(r.code).toBe(0);
      for (const line of r.stdout.trimEnd().split('\n')) expect(screenWidth(line), line).toBeLessThanOrEqual(columns);
    }
    const narrow = await cli(['flags', '--db', db], { columns: 60 });
    expect(narrow.stdout).toContain('…'); // at most three lines a cell
    const full = await cli(['flags', '--db', db, '--full'], { columns: 60 });
    const joined = full.stdout.split('\n').map((l) => l.slice(l.lastIndexOf('  ') + 2)).join('');
    expect(joined).toContain(LONG_MESSAGE.replace(/\s/g, ''));
    for (const line of full.stdout.trimEnd().split('\n')) expect(screenWidth(line)).toBeLessThanOrEqual(60);
  });

  it('never sends a control character from the data to the terminal', async () => {
    const r = await cli(['query', '--db', db, 'SELECT path, department FROM documents'], { columns: 200 });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(r.stdout).toContain('\\x1b]0;owned\\x07');
    const flags = await cli(['flags', '--db', db, '--full'], { columns: 200 });
    expect(flags.stdout).not.toMatch(/\x1b/);
    expect(flags.stdout).toContain('\\x1b[31m红');
  });

  it('lists every rule id a flag can carry, the -rounding and -unresolved ones too', async () => {
    const r = await cli(['rules', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as Array<{ id: string; description: string }>).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['table-total-sum', 'table-total-sum-rounding', 'table-total-sum-unresolved', 'placeholder-text-unresolved']));
    expect(ids).not.toContain('placeholder-text-rounding');
  });

  it('marks as rounding-capable exactly the rules whose sources use the rounding-aware checks', async () => {
    const { ROUNDING_RULES } = await import('../../src/present/rule-catalogue.js');
    const dir = new URL('../../src/reconcile/rules/', import.meta.url).pathname;
    const rounding = readdirSync(dir)
      .filter((f) => /checkSum|checkPair|variant: 'rounding'/.test(readFileSync(join(dir, f), 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...ROUNDING_RULES].sort()).toEqual(rounding);
  });
});

describe('csv output', () => {
  const db = hostileDb();
  it('starts with a BOM and neutralises cells a spreadsheet would run as a formula, numbers left alone', async () => {
    const r = await cli(['flags', '--db', db, '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFFid,')).toBe(true);
    const line = r.stdout.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""点击"")"`);
    expect(line).toContain("'@SUM(A1:A9)");
    expect(line).toContain(',-12.50,');
    expect(line).toContain(",'+86 138,");
  });
});
