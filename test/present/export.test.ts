import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../src/present/export/csv.js';
import { buildDescriptor, exportCsv, exportFdp, FiscalDataPackage, runExportCommand } from '../../src/present/export/index.js';
import { fenToYuan } from '../../src/present/export/fdp-rows.js';
import { buildFixture, type Fixture } from './helpers/fixture-db.js';
import { readCsv, readCsvObjects } from './helpers/csv-reader.js';

let fx: Fixture;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-export-'));
  fx = buildFixture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOM = '\uFEFF';

describe('csv writer', () => {
  it('quotes only what RFC 4180 needs and reads back unchanged', () => {
    const values = ['plain', '1,234.56', 'say "hi"', 'two\r\nlines', ' edge ', null, 42, '中文'];
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(readCsv(csvRow(values))).toEqual([['plain', '1,234.56', 'say "hi"', 'two\r\nlines', ' edge ', '', '42', '中文']]);
  });
});

describe('formula cells', () => {
  it('get a leading apostrophe when a spreadsheet would run them; numbers and plain text are left alone', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+86 138 0000')).toBe("'+86 138 0000");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    for (const plain of ['-12.50', '+3', '-1,234.56', '1e-5', '行政运行', 'a=b']) expect(csvField(plain)).toBe(plain.includes(',') ? `"${plain}"` : plain);
    expect(csvField(-100)).toBe('-100');
  });
});

describe('exportCsv', () => {
  let out: string;
  let files: Awaited<ReturnType<typeof exportCsv>>['files'];
  beforeAll(async () => {
    out = path.join(dir, 'csv');
    files = (await exportCsv(fx.dbPath, out)).files;
  });

  it('writes one CSV per table and per research view, each starting with a BOM', () => {
    const names = files.map((f) => f.name);
    for (const t of ['documents', 'budget_tables', 'line_items', 'three_public', 'projects', 'indicators', 'claims', 'flags']) {
      expect(names).toContain(t);
    }
    for (const v of ['v_function_spending', 'v_economic_spending', 'v_three_public', 'v_three_public_wide', 'v_flag_summary']) {
      expect(names).toContain(v);
    }
    for (const f of files) expect(readFileSync(f.file, 'utf8').startsWith(BOM)).toBe(true);
  });

  it('reads back with a strict RFC 4180 reader: quotes, commas and Chinese intact', () => {
    const flags = readCsvObjects(readFileSync(path.join(out, 'flags.csv'), 'utf8').slice(1));
    expect(flags).toHaveLength(6);
    const first = flags.find((f) => f.rule === 'table.class_sum')!;
    expect(first.expected).toBe('1,300.00');
    expect(JSON.parse(first.evidence)[1]).toEqual({ page: 1, bbox: [400, 322.5, 439, 332.5], quote: '1,234.56' });
    expect(flags.find((f) => f.rule === 'text.placeholder')!.subject).toBe('<script>alert("x")</script>');
    const items = readCsvObjects(readFileSync(path.join(out, 'line_items.csv'), 'utf8').slice(1));
    expect(items.filter((i) => i.code === '2080101' && i.measure === 'total')[0]).toMatchObject({
      name: '行政运行', amount_text: '1234.56', unit: '元', amount_fen: '123456',
    });
  });

  it('exports the research views even from a database that does not store them', () => {
    const rows = readCsvObjects(readFileSync(path.join(out, 'v_flag_summary.csv'), 'utf8').slice(1));
    expect(rows.find((r) => r.department === '上海市普陀区司法局')).toMatchObject({ errors: '1', warnings: '1', infos: '1' });
    expect(rows).toHaveLength(4);
  });
});

describe('exportFdp', () => {
  let out: string;
  let pkg: FiscalDataPackage;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    out = path.join(dir, 'fdp');
    await exportFdp(fx.dbPath, out);
    pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
    const text = readFileSync(path.join(out, 'budget_lines.csv'), 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    rows = readCsvObjects(text.slice(1));
  });

  it('writes a descriptor with the required fields that validates', () => {
    expect(FiscalDataPackage.safeParse(pkg).success).toBe(true);
    expect(pkg).toMatchObject({ name: expect.any(String), title: expect.any(String) });
    expect(pkg.resources[0].path).toBe('budget_lines.csv');
    expect(pkg.model.measures.approved).toMatchObject({ currency: 'CNY', factor: 1, direction: 'expenditure', phase: 'approved' });
    expect(pkg.model.measures.executed).toMatchObject({ phase: 'executed' });
    const fn = pkg.model.dimensions.functional_classification.attributes;
    expect(fn.kuan_code.parent).toBe('class_code');
    expect(fn.item_code.parent).toBe('kuan_code');
    expect(fn.item_name.labelfor).toBe('item_code');
    expect(Object.keys(pkg.model.dimensions)).toEqual(
      expect.arrayContaining(['functional_classification', 'economic_classification', 'administrative_classification', 'fiscal_period']),
    );
  });

  it('writes the CSV with exactly the schema fields', () => {
    const header = readCsv(readFileSync(path.join(out, 'budget_lines.csv'), 'utf8').slice(1))[0];
    expect(header).toEqual(pkg.resources[0].schema.fields.map((f) => f.name));
  });

  it('holds leaf codes only, in yuan, approved for budgets and executed for final accounts', () => {
    const budget = rows.filter((r) => r.document_id === String(fx.ids.pdf) && r.function_class_code);
    expect(budget.map((r) => r.function_item_code).sort()).toEqual(['2080101', '2080109']);
    expect(budget.find((r) => r.function_item_code === '2080101')).toMatchObject({
      function_class_name: '社会保障和就业支出', function_kuan_code: '20801', function_item_name: '行政运行',
      approved: '1234.56', executed: '', department: '上海市普陀区司法局', fiscal_year: '2024',
    });
    const economic = rows.filter((r) => r.economic_class_code);
    expect(economic.map((r) => r.economic_kuan_code || r.economic_class_code).sort()).toEqual(['30101', '30102', '302']);
    const final = rows.filter((r) => r.document_id === String(fx.ids.missing));
    expect(final.find((r) => r.function_item_code === '2010601')).toMatchObject({ executed: '48901200.00', approved: '' });
    // The 预算数 column has no 项 detail, so its 类 row is the leaf there.
    expect(final.find((r) => r.function_class_code === '201' && !r.function_item_code)).toMatchObject({ approved: '50000000.00' });
  });

  it('keeps a code printed on two rows of one table (a block per unit) as two rows, each with its page', async () => {
    const copy = path.join(dir, 'units.sqlite');
    const src = new Database(fx.dbPath, { readonly: true });
    await src.backup(copy);
    src.close();
    const d = new Database(copy);
    const first = d
      .prepare(`SELECT * FROM line_items WHERE document_id = ? AND code = '2080101' AND measure = 'total'`)
      .get(fx.ids.pdf) as Record<string, unknown>;
    d.prepare(
      `INSERT INTO line_items (document_id, table_id, classification, code, name, measure, amount_text, unit, amount_fen, page, bbox_json)
       VALUES (?, ?, 'function', '2080101', '行政运行', 'total', '65.44', ?, 6544, 2, '[400, 100, 439, 110]')`,
    ).run(first.document_id, first.table_id, first.unit);
    d.close();
    await exportFdp(copy, path.join(dir, 'units'));
    const lines = readCsvObjects(readFileSync(path.join(dir, 'units', 'budget_lines.csv'), 'utf8').slice(1))
      .filter((r) => r.document_id === String(fx.ids.pdf) && r.function_item_code === '2080101')
      .map((r) => [r.page, r.approved]);
    expect(lines.sort()).toEqual([['1', '1234.56'], ['2', '65.44']]);
  });

  it('rejects a descriptor whose model points at missing fields', () => {
    const bad = structuredClone(buildDescriptor()) as FiscalDataPackage;
    (bad.model.measures.approved as { source: string }).source = 'nope';
    const result = FiscalDataPackage.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('no field nope');
    expect(FiscalDataPackage.safeParse({ name: 'x', title: 'y', resources: [] }).success).toBe(false);
  });

  it('converts fen to exact yuan text', () => {
    expect([fenToYuan(123456), fenToYuan(5), fenToYuan(-100), fenToYuan(null)]).toEqual(['1234.56', '0.05', '-1.00', null]);
  });
});

describe('runExportCommand', () => {
  const io = () => {
    const lines: string[] = [];
    return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
  };
  it('returns 2 for a usage error and 1 when the database is missing', async () => {
    const a = io();
    expect(await runExportCommand({ db: fx.dbPath, out: dir, format: 'xlsx' }, a.io)).toBe(2);
    const b = io();
    expect(await runExportCommand({ db: path.join(dir, 'none.sqlite'), out: dir, format: 'csv' }, b.io)).toBe(1);
    expect(b.lines[0]).toMatch(/does not exist/);
  });
});
