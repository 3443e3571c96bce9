import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../src/process-document.js';
import { openDatabase } from '../../src/store/open.js';
import { createWriter } from '../../src/store/writer.js';
import { LUOYANG, tempDir, wanToFen } from '../helpers.js';

const settings = defaultSettings({ ocr: 'never' });
const bytes = readFileSync(LUOYANG);
const result = await processDocument(LUOYANG, bytes, settings);

function store() {
  const db = openDatabase(join(tempDir(), 'b.sqlite'));
  return { db, writer: createWriter(db) };
}

const count = (db: ReturnType<typeof openDatabase>, table: string) => (db.prepare(`SELECT COUNT(*) n FROM ${table}`).get() as { n: number }).n;
const TABLES = ['documents', 'budget_tables', 'line_items', 'three_public', 'projects', 'indicators', 'claims', 'flags'];

describe('the store', () => {
  it('writes the document row a researcher expects', () => {
    const { db, writer } = store();
    writer.write(result);
    const doc = db.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    expect(doc).toMatchObject({
      status: 'ok', error: null, source_kind: 'text', department: '洛阳高新技术产业开发区人力资源和社会保障局',
      fiscal_year: 2021, doc_type: 'budget', pages: 1, sha256: result.sha256,
    });
  });

  it('stores exact amounts: text as printed, unit, fen; NULL for blank cells', () => {
    const { db, writer } = store();
    writer.write(result);
    const row = db
      .prepare(`SELECT li.amount_text, li.unit, li.amount_fen, li.line FROM line_items li JOIN budget_tables t ON t.id = li.table_id
                WHERE t.kind = 'gpb_expenditure' AND li.code = '2101101' AND li.measure = 'wages'`)
      .get();
    expect(row).toEqual({ amount_text: '17.83', unit: '万元', amount_fen: wanToFen('17.83'), line: 231 });
    const blank = db
      .prepare(`SELECT amount_text, amount_fen FROM line_items li JOIN budget_tables t ON t.id = li.table_id
                WHERE t.kind = 'gpb_expenditure' AND li.code = '2101101' AND li.measure = 'project'`)
      .get();
    expect(blank).toEqual({ amount_text: null, amount_fen: null });
  });

  it('stores 23 projects with their funds and both indicator horizons', () => {
    const { db, writer } = store();
    writer.write(result);
    expect(count(db, 'projects')).toBe(23);
    const p = db.prepare("SELECT mid_term_fen, annual_fen, phone, start_date, end_date FROM projects WHERE name = '城镇居民医疗区级配套资金'").get();
    expect(p).toEqual({ mid_term_fen: wanToFen('3042'), annual_fen: wanToFen('936'), phone: '64316861', start_date: '2021-01-01', end_date: '2021-12-31' });
    const horizons = db.prepare('SELECT DISTINCT horizon FROM indicators ORDER BY 1').all();
    expect(horizons).toEqual([{ horizon: 'annual' }, { horizon: 'mid_term' }]);
  });

  it('stores a document whole or not at all', () => {
    const { db, writer } = store();
    // A result that breaks a constraint half-way through (an invalid severity on its last flag).
    const broken = structuredClone(result);
    broken.flags.push({ ...broken.flags[0], severity: 'fatal' as never });
    expect(() => writer.write(broken)).toThrow();
    for (const t of TABLES) expect(count(db, t), t).toBe(0);
  });

  it('replaces a document in one transaction, leaving no duplicates', () => {
    const { db, writer } = store();
    writer.write(result);
    const before = TABLES.map((t) => count(db, t));
    writer.write(result, { replace: true });
    expect(TABLES.map((t) => count(db, t))).toEqual(before);
    expect(writer.hasDocument(result.sha256)).toBe(true);
  });

  it('gives identical rows for GBK and UTF-8 copies of the same text', async () => {
    const gbk = iconv.encode(bytes.toString('utf8'), 'gbk');
    expect(gbk.equals(bytes)).toBe(false);
    const fromGbk = await processDocument(LUOYANG, gbk, settings);
    const strip = (r: typeof result) => ({ ...r, sha256: '', bytes: 0, timings: {} });
    expect(strip(fromGbk)).toEqual(strip(result));
  });
});
