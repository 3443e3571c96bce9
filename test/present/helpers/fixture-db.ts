import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { SCHEMA_SQL } from '../../../src/store/schema.js';
import { makePdf } from './make-pdf.js';

/**
 * A small database filled by hand, shaped like a real batch: a text-layer PDF budget with box evidence, a
 * GB18030 text budget with line evidence, a final account whose PDF is gone, and a file that failed.
 */

export const AMOUNT_BOX: [number, number, number, number] = [400, 322.5, 439, 332.5];
export const TOTAL_BOX: [number, number, number, number] = [400, 292.5, 439, 302.5];
export const TEXT_LINES = [
  '洛阳高新技术产业开发区人力资源和社会保障局',
  '2021年度部门预算',
  '',
  '一、部门收支总体情况',
  '2021年“三公”经费预算数为12.50万元，其中：公务接待费3.00万元，公务用车运行维护费9.50万元。',
  '二、一般公共预算“三公”经费支出情况表',
  '合计 12.50 因公出国（境）费 0.00 公务接待费 3.00',
  '公务用车购置及运行费 10.00',
];

export const XSS = '<script>alert("x")</script>';

export interface Fixture {
  dir: string;
  dbPath: string;
  ids: { pdf: number; text: number; missing: number; failed: number };
}

function lineItems(db: Database.Database, documentId: number, tableId: number, unit: string, rows: unknown[][]): void {
  const insert = db.prepare(
    `INSERT INTO line_items (document_id, table_id, classification, code, name, measure, amount_text, unit, amount_fen, page, period, line, bbox_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) insert.run(documentId, tableId, ...r.slice(0, 5), unit, ...r.slice(5));
}

export function buildFixture(dir: string): Fixture {
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  writeFileSync(
    path.join(dir, 'docs', 'budget-2024.pdf'),
    makePdf(
      [
        { x: 72, y: 100, size: 14, text: 'Expenditure summary 2024 (unit: yuan)' },
        { x: 72, y: 300, size: 10, text: '208  Social security and employment' },
        { x: 400, y: 300, size: 10, text: '1,300.00' },
        { x: 72, y: 330, size: 10, text: '2080101  Administrative operation' },
        { x: 400, y: 330, size: 10, text: '1,234.56' },
      ],
      [[60, 285, 540, 285], [60, 315, 540, 315], [60, 345, 540, 345]],
    ),
  );
  const textPath = path.join(dir, 'docs', '洛阳高新区人力资源和社会保障局2021年部门预算.txt');
  writeFileSync(textPath, iconv.encode(TEXT_LINES.join('\r\n'), 'gb18030'));
  // The files' real hashes, as ingest stores them: the report quotes a file only when its hash still matches.
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

  const dbPath = path.join(dir, 'batch.sqlite');
  const db = new Database(dbPath);
  db.exec(SCHEMA_SQL);
  const doc = db.prepare(
    `INSERT INTO documents (path, sha256, status, error, source_kind, department, fiscal_year, doc_type, pages, title)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const id = (...args: unknown[]) => (doc.get(...args) as { id: number }).id;
  const ids = {
    pdf: id('docs/budget-2024.pdf', sha(path.join(dir, 'docs', 'budget-2024.pdf')), 'ok', null, 'pdf_text', '上海市普陀区司法局', 2024, 'budget', 1, '2024年部门预算'),
    text: id(textPath, sha(textPath), 'partial', '部分表格未能识别。', 'text', '洛阳高新区人力资源和社会保障局', 2021, 'budget', 1, null),
    missing: id('/nonexistent/上海市普陀区财政局2024年度部门决算.pdf', 'c'.repeat(64), 'ok', null, 'pdf_text', '上海市普陀区财政局', 2024, 'final_accounts', 25, null),
    failed: id('docs/encrypted.pdf', 'd'.repeat(64), 'failed', '文件已加密，无法读取。', null, null, null, null, null, null),
  };

  const table = db.prepare(
    `INSERT INTO budget_tables (document_id, kind, title, unit, page_from, page_to) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const tid = (...args: unknown[]) => (table.get(...args) as { id: number }).id;

  const t1 = tid(ids.pdf, 'expenditure_summary', '部门支出总表', '元', 1, 1);
  lineItems(db, ids.pdf, t1, '元', [
    ['function', '208', '社会保障和就业支出', 'total', '1300.00', 130000, 1, null, null, JSON.stringify(TOTAL_BOX)],
    ['function', '20801', '人力资源和社会保障管理事务', 'total', '1300.00', 130000, 1, null, null, null],
    ['function', '2080101', '行政运行', 'total', '1234.56', 123456, 1, null, null, JSON.stringify(AMOUNT_BOX)],
    ['function', '2080101', '行政运行', 'basic', '1234.56', 123456, 1, null, null, null],
    ['function', '2080109', '社会保险经办机构', 'total', '65.44', 6544, 1, null, null, null],
    ['function', null, '合计', 'total', '1300.00', 130000, 1, null, null, null],
  ]);
  const t2 = tid(ids.pdf, 'gpb_basic_by_economic', '一般公共预算基本支出表', '元', 1, 1);
  lineItems(db, ids.pdf, t2, '元', [
    ['economic', '301', '工资福利支出', 'total', '1000.00', 100000, 1, null, null, null],
    ['economic', '30101', '基本工资', 'total', '600.00', 60000, 1, null, null, null],
    ['economic', '30102', '津贴补贴', 'total', '400.00', 40000, 1, null, null, null],
    ['economic', '302', '商品和服务支出', 'total', '234.56', 23456, 1, null, null, null],
  ]);
  const t3 = tid(ids.text, 'three_public', '一般公共预算“三公”经费支出情况表', '万元', null, null);
  lineItems(db, ids.text, t3, '万元', [['other', null, '合计', 'total', '12.50', 12500000, null, null, 7, null]]);
  const t4 = tid(ids.missing, 'expenditure_summary', '支出决算表', '万元', 8, 9);
  lineItems(db, ids.missing, t4, '万元', [
    ['function', '201', '一般公共服务支出', 'total', '5000.00', 5000000000, 8, 'budget', null, null],
    ['function', '201', '一般公共服务支出', 'total', '4890.12', 4890120000, 8, 'final', null, null],
    ['function', '2010601', '行政运行', 'total', '4890.12', 4890120000, 8, 'final', null, null],
  ]);

  const tp = db.prepare(
    `INSERT INTO three_public (document_id, source, period, item, amount_text, unit, amount_fen, page, text, line)
     VALUES (?, ?, ?, ?, ?, '万元', ?, ?, ?, ?)`,
  );
  tp.run(ids.text, 'narrative', 'budget', 'total', '12.50', 12500000, null, '“三公”经费预算数为12.50万元', 5);
  tp.run(ids.text, 'table', 'budget', 'total', '12.50', 12500000, null, '合计', 7);
  tp.run(ids.text, 'table', 'budget', 'vehicle_total', '10.00', 10000000, null, '公务用车购置及运行费', 8);
  tp.run(ids.text, 'narrative', 'budget', 'vehicle_operation', '9.50', 9500000, null, '公务用车运行维护费9.50万元', 5);

  const flag = db.prepare(
    `INSERT INTO flags (document_id, rule, severity, subject, message, expected, actual, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  flag.run(ids.pdf, 'table.class_sum', 'error', '208 社会保障和就业支出',
    '类“社会保障和就业支出”的金额不等于其下各款之和。', '1,300.00', '1,234.56',
    JSON.stringify([{ page: 1, bbox: TOTAL_BOX, quote: '1,300.00' }, { page: 1, bbox: AMOUNT_BOX, quote: '1,234.56' }]));
  flag.run(ids.pdf, 'completeness.listed_table_missing', 'warning', '政府性基金预算支出表',
    '目录列出的“政府性基金预算支出表”在文件中找不到。', null, null, JSON.stringify([{ page: 1 }]));
  flag.run(ids.pdf, 'text.placeholder', 'info', XSS, `占位符 ${XSS} 未替换。`, null, null, JSON.stringify([]));
  flag.run(ids.text, 'three_public.vehicle_sum', 'error', '公务用车购置及运行费',
    '正文所说公务用车运行维护费与表中公务用车购置及运行费不一致。', '10.00', '9.50',
    JSON.stringify([{ line: 5, quote: '公务用车运行维护费9.50万元' }, { line: 8, quote: '10.00' }]));
  flag.run(ids.missing, 'table.total_mismatch', 'warning', '201 一般公共服务支出',
    '决算数与预算数差异超过10%却没有说明原因。', '5,000.00', '4,890.12',
    JSON.stringify([{ page: 7, bbox: [56.2, 320.1, 120.4, 334.0], quote: '1,234.56' }]));
  flag.run(ids.missing, 'broken.evidence', 'info', '格式', '证据损坏的问题。', null, null, 'not json');
  db.close();
  return { dir, dbPath, ids };
}
