/**
 * The Fiscal Data Package of cross-classified tables (a row per function code x economic code), from pages of
 * real Beijing PDFs cut at test time, ingested by the real CLI into real SQLite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFdp, type FdpExport } from '../../src/present/export/index.js';
import { ingestIntoTempDb } from '../cli/cli-helpers.js';
import { cutPages } from '../corpus-pages.js';
import { readCsvObjects } from './helpers/csv-reader.js';

let dir: string;
let db: string;
let lines: Record<string, string>[];
let fdp: FdpExport;
let closing: string;
let short: string;

beforeAll(async () => {
  // Pages 1-2 (收支总表, 收入总表) make each cut a budget. 北京市统计局 预算03表 pp. 3-7: 116 rows that add up to the 合计; 北京市政务服务和数据管理局 预算03表 pp. 3-6:
  // 120 printed rows that fall 22,510.221614 万元 short of the printed 合计 (the document's own gap). Named so that the cut
  // pages, which lose the cover, still say whose budget they are.
  closing = await cutPages('wide/北京/统计局_2026年部门预算.pdf', [1, 2, 3, 4, 5, 6, 7], '北京市统计局2026年部门预算.pdf');
  short = await cutPages('wide/北京/政务服务和数据管理局_附件2：北京市政务服务和数据管理局2026年度部门预算报表.pdf', [1, 2, 3, 4, 5, 6], '北京市政务服务和数据管理局2026年部门预算.pdf');
  ({ dir, db } = ingestIntoTempDb([closing, short], 'x.sqlite'));
  fdp = await exportFdp(db, join(dir, 'fdp'));
  lines = readCsvObjects(readFileSync(join(dir, 'fdp', 'budget_lines.csv'), 'utf8').slice(1));
}, 120_000);

const tableOf = (file: string) => {
  const d = new Database(db, { readonly: true });
  const t = d.prepare(`SELECT t.id FROM budget_tables t JOIN documents d ON d.id = t.document_id WHERE d.path = ? AND t.kind = 'expenditure_summary'`).get(file) as { id: number };
  d.close();
  return String(t.id);
};

describe('cross-classified export', () => {
  it('cross-classified-export-keeps-rows: every printed row is a line of the package, with both codes and its own page', () => {
    const rows = lines.filter((l) => l.table_id === tableOf(closing));
    expect(rows).toHaveLength(116);
    expect(rows.every((r) => /^2\d{6}$/.test(r.function_item_code) && /^3\d{2}/.test(r.economic_class_code) && /^5\d{4}$/.test(r.gov_economic_code))).toBe(true);
    // Each row on the page that prints it (pp. 3-7, cut with pp. 1-2, the 收支总表 and 收入总表, before them).
    expect(new Set(rows.map((r) => r.page))).toEqual(new Set(['3', '4', '5', '6', '7']));
    // The row whose function cell began with the tail of the cell above (p. 7) is a line under its own code; its
    // name, cut on the page (the PDF clips the wrapped tail 缴费支出), is completed from the code catalogue.
    expect(rows.filter((r) => r.function_item_code === '2080506' && r.gov_economic_code === '50501')).toMatchObject([
      { economic_kuan_code: '30109', approved: '1728540.00', page: '7', function_item_name: '机关事业单位职业年金缴费支出' },
    ]);
    // The lines add up to the printed 合计 50,927.950741 万元 to the fen (amounts are kept in fen).
    const sum = rows.reduce((s, r) => s + Math.round(Number(r.approved) * 100), 0);
    expect(Math.abs(sum - 50_927_950_741)).toBeLessThanOrEqual(rows.length);
    expect(fdp.incomplete.some((x) => String(x.table_id) === tableOf(closing))).toBe(false);
  });

  it('cross-classified-export-says-short: a table whose printed rows fall short of its 合计 is listed with the flag that reports it', () => {
    const rows = lines.filter((l) => l.table_id === tableOf(short));
    expect(rows).toHaveLength(120);
    const listed = fdp.incomplete.find((x) => String(x.table_id) === tableOf(short));
    expect(listed).toMatchObject({ printed_total: '1016051738.03', exported_sum: '790949521.89', flag: 'table-total-sum' });
    expect(listed!.reason).toMatch(/table-total-sum/);
    const csv = readCsvObjects(readFileSync(join(dir, 'fdp', 'incomplete_tables.csv'), 'utf8').slice(1));
    expect(csv.find((x) => x.table_id === tableOf(short))).toMatchObject({ flag: 'table-total-sum' });
    expect(fdp.notes.join(' ')).toMatch(/北京市政务服务和数据管理局2026年部门预算\.pdf .*flag table-total-sum/);
  });
});
