import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportFdp } from '../../src/present/export/index.js';
import { LUOYANG, WANLI } from '../helpers.js';
import { ingestIntoTempDb } from '../cli/cli-helpers.js';
import { readCsvObjects } from './helpers/csv-reader.js';

/**
 * The exports against what the documents print, on real documents read by the real CLI: a Beijing table
 * cross-classified by function and economic codes, a Shanghai final account whose printed totals differ from
 * their rows by rounding, a blank template, and the seed texts.
 */
const CORPUS = new URL('../../../shared/corpus/pdf/', import.meta.url).pathname;
const BEIJING = join(CORPUS, 'renwu', '司法局_附件2：北京市司法局2026年度部门预算报表.pdf');
const FINAL = join(CORPUS, 'govbudgetchecker', '上海市普陀区财政局2024年度部门决算.pdf');
const TEMPLATE = join(CORPUS, 'govbudgetchecker', '附件2：部门决算模板.pdf');

let dir: string;
let db: string;
let lines: Record<string, string>[];

beforeAll(async () => {
  ({ dir, db } = ingestIntoTempDb([LUOYANG, WANLI, BEIJING, FINAL, TEMPLATE].filter(existsSync), 't.sqlite'));
  await exportFdp(db, join(dir, 'fdp'));
  lines = readCsvObjects(readFileSync(join(dir, 'fdp', 'budget_lines.csv'), 'utf8').slice(1));
}, 120_000);

const fen = (yuan: string) => (yuan ? Math.round(Number(yuan) * 100) : 0);

describe('Fiscal Data Package totals', () => {
  it('sums, per table, to the total the document prints (or the document itself is off by rounding, and says so)', () => {
    const d = new Database(db, { readonly: true });
    const totals = d
      .prepare(
        `SELECT t.id, t.title, t.document_id, d.doc_type, li.period, li.amount_fen FROM line_items li
         JOIN budget_tables t ON t.id = li.table_id JOIN documents d ON d.id = t.document_id
         WHERE li.row_kind = 'total' AND li.measure = 'total' AND (li.side IS NULL OR li.side = 'expenditure')
           AND t.kind IN ('expenditure_summary', 'gpb_expenditure') AND li.amount_fen IS NOT NULL`,
      )
      .all() as Array<{ id: number; title: string; document_id: number; doc_type: string; period: string | null; amount_fen: number }>;
    const rounding = new Set(
      (d.prepare(`SELECT document_id || '|' || subject FROM flags WHERE rule IN ('table-total-sum-rounding', 'code-hierarchy-sum-rounding')`).pluck().all() as string[]),
    );
    d.close();
    let compared = 0;
    for (const t of totals) {
      const rows = lines.filter((l) => l.table_id === String(t.id));
      if (!rows.length) continue; // the table the package does not take (a 一般公共预算 table beside a 支出总表)
      const phase = t.period === 'budget' ? 'approved' : t.period === 'final' || t.doc_type === 'final_accounts' ? 'executed' : 'approved';
      const sum = rows.reduce((s, r) => s + fen(r[phase]), 0);
      const roundedInPrint = [...rounding].some((k) => k.startsWith(`${t.document_id}|${t.title}：`));
      if (sum !== t.amount_fen) expect(roundedInPrint, `${t.title}: ${sum} vs ${t.amount_fen}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(existsSync(BEIJING) ? 3 : 2);
  });

  it('lists, beside the package, a table whose rows fall short of its printed total', async () => {
    expect(readFileSync(join(dir, 'fdp', 'incomplete_tables.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1); // header only
    // A row the reading missed: remove one read row of a table with a printed total, in a copy.
    const copy = join(dir, 'short.sqlite');
    const src = new Database(db, { readonly: true });
    await src.backup(copy);
    src.close();
    const d = new Database(copy);
    const victim = d
      .prepare(
        `SELECT li.id, li.table_id, li.amount_fen, li.unit,
                (SELECT count(*) FROM line_items r WHERE r.table_id = t.id AND r.measure = 'total') AS rows
         FROM line_items li JOIN budget_tables t ON t.id = li.table_id JOIN documents doc ON doc.id = t.document_id
         WHERE t.kind = 'expenditure_summary' AND li.measure = 'total' AND length(li.code) = 7 AND li.amount_fen > 0
           AND EXISTS (SELECT 1 FROM line_items x WHERE x.table_id = t.id AND x.row_kind = 'total' AND x.measure = 'total')
           -- a sibling under the same 款, so the 款 does not become the leaf in its place
           AND EXISTS (SELECT 1 FROM line_items s WHERE s.table_id = t.id AND s.measure = 'total' AND length(s.code) = 7
                       AND substr(s.code, 1, 5) = substr(li.code, 1, 5) AND s.code <> li.code)
         ORDER BY doc.path, li.id LIMIT 1`,
      )
      .get() as { id: number; table_id: number; amount_fen: number; unit: string; rows: number };
    d.prepare('DELETE FROM line_items WHERE id = ?').run(victim.id);
    d.close();
    const r = await exportFdp(copy, join(dir, 'short'));
    expect(r.incomplete.map((x) => x.table_id)).toEqual([victim.table_id]);
    // The shortfall is the removed row, give or take the rounding of the printed figures the table already had
    // (half a unit of the last printed digit per row, as the export allows before it lists a table).
    const rounding = ((victim.unit === '万元' ? 1_000_000 : 100) * 0.01) / 2 * (victim.rows + 1);
    expect(Math.abs(Math.round(Number(r.incomplete[0].difference) * 100) - victim.amount_fen)).toBeLessThanOrEqual(rounding);
    expect(r.notes.join(' ')).toMatch(/1 table\(s\) whose rows do not add up/);
  });

  it.skipIf(!existsSync(BEIJING))('keeps every row of a cross-classified table, with its economic code and page', () => {
    const d = new Database(db, { readonly: true });
    const detail = d
      .prepare(
        `SELECT li.table_id, count(*) AS n FROM line_items li JOIN documents d ON d.id = li.document_id
         WHERE li.row_kind = 'detail' AND li.measure = 'total' AND li.economic_code IS NOT NULL AND d.path LIKE '%北京市司法局%'
         GROUP BY li.table_id`,
      )
      .get() as { table_id: number; n: number };
    d.close();
    const rows = lines.filter((l) => l.table_id === String(detail.table_id));
    expect(detail.n).toBeGreaterThan(100);
    expect(rows).toHaveLength(detail.n);
    expect(rows.every((r) => /^\d{5}$/.test(r.economic_kuan_code) && /^\d{7}$/.test(r.function_item_code) && Number(r.page) > 0)).toBe(true);
    expect(rows.find((r) => r.economic_kuan_code === '30101')).toMatchObject({ function_item_name: '行政运行', economic_kuan_name: '基本工资' });
  });

  it.skipIf(!existsSync(TEMPLATE))('leaves the template out of both exports and names it with the reason', async () => {
    expect(lines.some((l) => /模板/.test(l.department ?? ''))).toBe(false);
    const excluded = readCsvObjects(readFileSync(join(dir, 'fdp', 'excluded_documents.csv'), 'utf8').slice(1));
    expect(excluded.find((e) => e.path.endsWith('附件2：部门决算模板.pdf'))).toMatchObject({ status: 'not_budget', reason: expect.stringMatching(/template/) });
    const csv = await exportCsv(db, join(dir, 'csv'));
    const templateId = excluded.find((e) => e.path.endsWith('模板.pdf'))!.document_id;
    const items = readCsvObjects(readFileSync(join(dir, 'csv', 'line_items.csv'), 'utf8').slice(1));
    expect(items.some((i) => i.document_id === templateId)).toBe(false);
    expect(csv.notes.join(' ')).toMatch(/附件2：部门决算模板\.pdf/);
  });

  it('describes the CSV export in datapackage.json: every file, every column typed, codes as strings', async () => {
    await exportCsv(db, join(dir, 'csv2'));
    const pkg = JSON.parse(readFileSync(join(dir, 'csv2', 'datapackage.json'), 'utf8')) as {
      resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string; type: string }> } }>;
    };
    const items = pkg.resources.find((r) => r.name === 'line_items')!;
    const type = (n: string) => items.schema.fields.find((f) => f.name === n)?.type;
    expect([type('code'), type('economic_code'), type('amount_text'), type('amount_fen'), type('page')]).toEqual(['string', 'string', 'string', 'integer', 'integer']);
    const header = readFileSync(join(dir, 'csv2', 'line_items.csv'), 'utf8').slice(1).split('\r\n')[0].split(',');
    expect(items.schema.fields.map((f) => f.name)).toEqual(header);
    for (const r of pkg.resources) expect(existsSync(join(dir, 'csv2', r.path)), r.path).toBe(true);
  });

  it('gives the FDP descriptor country, fiscal period, granularity, licence and sources', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'fdp', 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({ countryCode: 'CN', granularity: 'aggregated', fiscalPeriod: { start: expect.stringMatching(/^20\d\d-01-01$/) } });
    expect(pkg.licenses[0].name).toBeTruthy();
    const documents = new Set(lines.map((l) => l.document_id));
    expect(pkg.sources).toHaveLength(documents.size);
    expect(pkg.sources.every((s: { title: string; description: string }) => s.title && /^sha256 [0-9a-f]{64}$/.test(s.description))).toBe(true);
  });
});
